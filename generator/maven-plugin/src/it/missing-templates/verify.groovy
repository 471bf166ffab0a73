// A setup the generator refuses (here: no templates folder) stops the goal before any content is read, with a
// message that names the folder and the parameters to look at.

String log = new File(basedir, 'build.log').getText('UTF-8')
String templates = new File(basedir, 'templates').canonicalPath

assert log =~ /\[ERROR\] Failed to execute goal org\.peersite:peersite-maven-plugin:[^ ]+:build \(default\) on project missing-templates: \Qtemplates folder not found: ${templates} (check the plugin's parameters\E/
assert !log.contains('error[')
assert !new File(basedir, 'site-output').exists()

return true
