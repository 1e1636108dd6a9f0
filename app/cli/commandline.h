#pragma once
namespace Claimbench { int runCommandLine(int argc, char **argv); }
