// peersite:build at package turned the sample content into a site: pages exist, carry the rendered title,
// and a wiki-link became a relative href; the log shows the summary line and no problems.

File site = new File(basedir, 'site-output')
assert site.isDirectory()

File guide = new File(site, 'guides/first-meeting/index.html')
assert guide.isFile()
String guideHtml = guide.getText('UTF-8')
assert guideHtml.contains('<title>Running a first meeting | Sample Peers</title>')
assert guideHtml.contains('<a class="wikilink" href="../../concepts/peer-advantage/">Peer advantage</a>')
assert guideHtml.contains('<li>0:10: Agree the ground rules</li>')

['index.html', 'concepts/peer-advantage/index.html', 'interviews/talking-to-peers/index.html',
 'sitemap.xml', 'feed.xml', '404.html'].each { assert new File(site, it).isFile() : it }
assert new File(site, 'index.html').getText('UTF-8').contains('href="interviews/talking-to-peers/"')

String log = new File(basedir, 'build.log').getText('UTF-8')
assert log =~ /\[INFO\] 4 pages \(1 interview, 1 guide, 1 concept, 1 page\), \d+ files written to \S+site-output in \d+\.\d\d s/
assert log =~ /\n\[INFO\] site digest sha256:[0-9a-f]{64}\n/
assert !log.contains('warning[')
assert !log.contains('error[')

return true
