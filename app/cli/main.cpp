#include "app/cli/commandline.h"
int main(int argc, char **argv) { return Claimbench::runCommandLine(argc, argv); }
