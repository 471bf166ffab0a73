// With peersite.skip the goal says so and does nothing else: no output, no complaint about the missing content.

String log = new File(basedir, 'build.log').getText('UTF-8')

assert log.contains('[INFO] Skipping peersite:build (peersite.skip is true)')
assert !log.contains('content folder not found')
assert log.contains('[INFO] BUILD SUCCESS')
assert !new File(basedir, 'site-output').exists()

return true
