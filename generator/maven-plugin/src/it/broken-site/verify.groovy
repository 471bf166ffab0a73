// The planted broken link must fail the build with the exact compiler-style diagnostic a user would see, and
// the failed build must not create the output folder.
//
// content/concepts/trust.md, line 6: "Trust grows when members keep [[confidentialty]] and show up."
// The link's first '[' follows 30 characters ("Trust grows when members keep "), so it sits at column 31.
// (content/guides/short-meeting.md's agenda adds up to 30 of its 60 minutes; once the schema checks agendas
// that is a second error, which sorts after this one, so the failure message below keeps naming this one.)

String headline = "content/concepts/trust.md:6:31: error[link.unresolved]: no page is called 'confidentialty' (in [[confidentialty]])"

String log = new File(basedir, 'build.log').getText('UTF-8')

// The diagnostic itself, at error level, with the source line, the caret under the first '[', and a hint.
assert log.contains('[ERROR] ' + headline + '\n')
assert log.contains('  6 | Trust grows when members keep [[confidentialty]] and show up.\n')
assert log.contains('    | ' + ' ' * 30 + '^\n')
assert log =~ /\n  = hint: did you mean [^\n]*\[\[confidentiality\]\]/

// Maven's BUILD FAILURE summary names the count and the first error.
assert log.contains('[INFO] BUILD FAILURE')
assert log =~ /\[ERROR\] Failed to execute goal org\.peersite:peersite-maven-plugin:[^ ]+:build \(default\) on project broken-site: peersite found \d+ errors?(?: \(all printed above\), the first)?: \Q${headline}\E/

assert !new File(basedir, 'site-output').exists()

return true
