// A site in a module, checked from the top of a multi-module build with -Dpeersite.format=github:
// - the log names the file relative to the folder Maven was started in (site/content/...), as javac's messages
//   do, so a terminal or an IDE opens it with file:line:column;
// - each problem is also a GitHub Actions workflow command at the start of its own line (not behind Maven's
//   "[ERROR] "), which is what the runner needs to put it on the pull request's diff.

String log = new File(basedir, 'build.log').getText('UTF-8')
String headline = "site/content/concepts/trust.md:6:31: error[link.unresolved]: no page is called 'confidentialty' (in [[confidentialty]])"

assert log.contains('[ERROR] ' + headline + '\n')
assert log =~ /(?m)^::error file=site\/content\/concepts\/trust\.md,line=6,col=31,title=error\[link\.unresolved\]::no page is called 'confidentialty' \(in \[\[confidentialty\]\]\)%0Ahint: did you mean [^\n]*$/
assert log =~ /\[ERROR\] Failed to execute goal org\.peersite:peersite-maven-plugin:[^ ]+:check \(default\) on project module-site: peersite found 1 error: \Q${headline}\E/

return true
