# The Debian package (cpack -G DEB; scripts/package.sh builds and checks it):
# install rules for the two programs and their desktop integration, man pages
# made from the programs' own --help, and CPack's settings. docs/packaging.md
# says what is installed and why each dependency is there.
include(GNUInstallDirs)

set(CLAIMBENCH_APP_ID org.claimbench.claimbench)
set(CLAIMBENCH_HOMEPAGE "https://github.com/claimbench/claimbench" CACHE STRING
    "Project home page: the package's Homepage and the AppStream metadata's links")

install(TARGETS claimbench claimbench-cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(FILES ${CMAKE_CURRENT_LIST_DIR}/${CLAIMBENCH_APP_ID}.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${CMAKE_CURRENT_LIST_DIR}/${CLAIMBENCH_APP_ID}.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
install(FILES ${CMAKE_CURRENT_LIST_DIR}/${CLAIMBENCH_APP_ID}.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/mime/packages)
configure_file(${CMAKE_CURRENT_LIST_DIR}/${CLAIMBENCH_APP_ID}.metainfo.xml.in
               ${CMAKE_BINARY_DIR}/packaging/${CLAIMBENCH_APP_ID}.metainfo.xml @ONLY)
install(FILES ${CMAKE_BINARY_DIR}/packaging/${CLAIMBENCH_APP_ID}.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
# A package without a Debian revision is native: its changelog is changelog.gz.
set(changelog ${CMAKE_BINARY_DIR}/packaging/changelog.gz)
add_custom_command(OUTPUT ${changelog}
    COMMAND sh -c "gzip -9n -c \"$1\" >\"$2\"" gzip ${CMAKE_CURRENT_LIST_DIR}/changelog ${changelog}
    DEPENDS ${CMAKE_CURRENT_LIST_DIR}/changelog
    VERBATIM)
add_custom_target(claimbench_changelog ALL DEPENDS ${changelog})
install(FILES ${CMAKE_CURRENT_LIST_DIR}/copyright ${changelog}
        DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/claimbench)

# The tools the man-page rules, CPack and scripts/package.sh run. Found here,
# the cache records each as NAME:FILEPATH, so scripts/check-packages.sh
# proves its package is in the list; the man-page rules and package.sh run
# the recorded path (CPack looks for dpkg-deb, dpkg-shlibdeps and file again
# itself).
find_program(HELP2MAN help2man REQUIRED)
find_program(DPKG_DEB dpkg-deb REQUIRED)
find_program(DPKG_SHLIBDEPS dpkg-shlibdeps REQUIRED)
find_program(DPKG_PARSECHANGELOG dpkg-parsechangelog REQUIRED)
find_program(FILE_COMMAND file REQUIRED)
find_program(DESKTOP_FILE_VALIDATE desktop-file-validate REQUIRED)
find_program(APPSTREAMCLI appstreamcli REQUIRED)
find_program(LINTIAN lintian REQUIRED)

# claimbench_manpages: both man pages, rebuilt whenever a program changes.
set(manpages)
foreach(program_and_name
        "claimbench|workbench that tracks the numbers in news articles"
        "claimbench-cli|import news articles, list their claims and chart them")
    string(REPLACE "|" ";" program_and_name "${program_and_name}")
    list(GET program_and_name 0 program)
    list(GET program_and_name 1 name)
    set(page ${CMAKE_BINARY_DIR}/packaging/${program}.1.gz)
    add_custom_command(OUTPUT ${page}
        COMMAND ${CMAKE_CURRENT_LIST_DIR}/manpage.sh ${HELP2MAN} $<TARGET_FILE:${program}> ${page} ${name}
        DEPENDS ${program} ${CMAKE_CURRENT_LIST_DIR}/manpage.sh ${CMAKE_CURRENT_LIST_DIR}/${program}.h2m
                ${CMAKE_CURRENT_LIST_DIR}/command-help.awk ${CMAKE_CURRENT_LIST_DIR}/help2man-input.sed
        COMMENT "Writing ${program}.1 from ${program} --help"
        VERBATIM)
    list(APPEND manpages ${page})
endforeach()
add_custom_target(claimbench_manpages ALL DEPENDS ${manpages})
install(FILES ${manpages} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME claimbench)
set(CPACK_PACKAGE_VENDOR "Claimbench maintainers")
set(CPACK_PACKAGE_CONTACT "Claimbench maintainers <maintainers@users.noreply.r-seed-de8d4a46.example>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "workbench that tracks the numbers in news articles")
set(CPACK_PACKAGE_DESCRIPTION [[
Claimbench is for analysts who follow a story in the news for months and
track the numbers in it: casualty estimates, drone counts, refugee totals,
as many outlets and claimants report them. Import saved web pages, text and
Markdown into one project file, read two articles side by side, mark figures
as claims (value, unit, qualifier, claimant and date pre-filled), browse
every claim in one table and chart a figure over time, one line per claimant.
.
claimbench-cli does the same work for scripts: import, claims and articles
as CSV or JSON, and charts as PNG or SVG.]])
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE ${CLAIMBENCH_HOMEPAGE})
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# dpkg-shlibdeps finds the libraries the programs link; Qt's plugins are
# loaded at run time, where it cannot see them (docs/packaging.md).
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n")
include(CPack)
