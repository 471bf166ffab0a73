// peersite:build keeps its cache under target/ by default; the second of two builds with nothing changed
// reuses it, says so in its summary, and leaves every file of the site as the first build wrote it.

assert new File(basedir, 'target/peersite-cache/state.bin').isFile()
File site = new File(basedir, 'site-output')
assert new File(site, 'guides/first-meeting/index.html').isFile()
assert new File(site, '.peersite-output').getText('UTF-8') =~ /site: sha256:[0-9a-f]{64}/

String log = new File(basedir, 'build.log').getText('UTF-8')
assert log =~ /\[INFO\] 4 pages \(1 interview, 1 guide, 1 concept, 1 page\), \d+ files in \S+site-output \(0 changed\) in \d+\.\d\d s/
assert !log.contains('warning[')
assert !log.contains('error[')

return true
