// The planted broken link must fail the build with the exact compiler-style diagnostic a user would see, and
// the failed build must not create the output folder.
//
// content/concepts/trust.md, line 6: "Trust grows when members keep [[confidentialty]] and show up."
// The link's first '[' follows 30 characters ("Trust grows when members keep "), so it sits at column 31.
// content/guides/short-meeting.md's agenda adds up to 30 of its 60 minutes: a second error, reported in the
// same run at the 'duration' value (line 5, column 11), which sorts after the first.

String headline = "content/concepts/trust.md:6:31: error[link.unresolved]: no page is called 'confidentialty' (in [[confidentialty]])"

String log = new File(basedir, 'build.log').getText('UTF-8')

// The diagnostic itself, at error level, with the source line, the caret under the first '[', and a hint.
assert log.contains('[ERROR] ' + headline + '\n')
assert log.contains('  6 | Trust grows when members keep [[confidentialty]] and show up.\n')
assert log.contains('    | ' + ' ' * 30 + '^\n')
assert log =~ /\n  = hint: did you mean [^\n]*\[\[confidentiality\]\]/
assert log.contains("[ERROR] content/guides/short-meeting.md:5:11: error[guide.agenda-total]: agenda adds up to 30 minutes but 'duration' is 60\n")

// Maven's BUILD FAILURE summary names the count and the first error.
assert log.contains('[INFO] BUILD FAILURE')
assert log =~ /\[ERROR\] Failed to execute goal org\.peersite:peersite-maven-plugin:[^ ]+:build \(default\) on project broken-site: peersite found 2 errors \(all printed above\), the first: \Q${headline}\E/

assert !new File(basedir, 'site-output').exists()

return true
