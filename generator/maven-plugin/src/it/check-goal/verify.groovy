// peersite:check on a site with warnings only: every warning is printed at warning level, the build passes,
// and nothing is written.

String log = new File(basedir, 'build.log').getText('UTF-8')

assert log.contains('--- peersite-maven-plugin:') && log.contains(':check (default) @ check-goal ---')
assert log.contains("[WARNING] content/about.md: warning[graph.unreachable]: 'About' cannot be reached from the home page, the menu or the lists they lead to\n")
assert log.contains("[WARNING] content/concepts/solitude.md: warning[graph.orphan]: no page links to or mentions the concept 'Solitude'\n")
assert log.contains('  = hint: link it from a page that discusses it, e.g. [[solitude]]')
assert !log.contains('error[')
assert log =~ /\[INFO\] 4 pages \(2 concepts, 2 pages\), 2 warnings in \d+\.\d\d s/
assert log.contains('[INFO] BUILD SUCCESS')

assert !new File(basedir, 'site-output').exists()

return true
