package org.peersite.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;

import org.junit.jupiter.api.Test;

/** Host and Origin checks against DNS rebinding and cross-site reads. */
class HostPolicyTest {

    @Test
    void onLoopbackAnswersOnlyLocalNamesOnItsPort() throws Exception {
        HostPolicy policy = HostPolicy.of("127.0.0.1", InetAddress.getByName("127.0.0.1"), 8080);
        assertThat(policy.allowsHost("localhost:8080")).isTrue();
        assertThat(policy.allowsHost("127.0.0.1:8080")).isTrue();
        assertThat(policy.allowsHost("[::1]:8080")).isTrue();
        assertThat(policy.allowsHost("LocalHost:8080")).isTrue();
        assertThat(policy.allowsHost("localhost:8081")).isFalse();
        assertThat(policy.allowsHost("localhost")).isFalse();
        assertThat(policy.allowsHost("attacker.example:8080")).isFalse();
        assertThat(policy.allowsHost("10.0.0.5:8080")).isFalse();
        assertThat(policy.allowsHost("localhost:8080 ")).isTrue();
        assertThat(policy.allowsHost("localhost:+8080")).isFalse();
        assertThat(policy.allowsHost("localhost:08080")).isTrue();
        assertThat(policy.allowsHost("[::1]8080")).isFalse();
        assertThat(policy.allowsHost("::1:8080")).isFalse();
        assertThat(policy.allowsHost(null)).isFalse();
        assertThat(policy.allowsHost("")).isFalse();
    }

    @Test
    void onPort80TheHeaderMayLeaveThePortOut() throws Exception {
        HostPolicy policy = HostPolicy.of("localhost", InetAddress.getByName("127.0.0.1"), 80);
        assertThat(policy.allowsHost("localhost")).isTrue();
        assertThat(policy.allowsHost("localhost:80")).isTrue();
    }

    @Test
    void aGivenHostNameIsAnsweredToo() throws Exception {
        HostPolicy policy = HostPolicy.of("MyBox.local", InetAddress.getByName("127.0.0.1"), 4000);
        assertThat(policy.allowsHost("mybox.local:4000")).isTrue();
        assertThat(policy.allowsHost("otherbox.local:4000")).isFalse();
        HostPolicy v6 = HostPolicy.of("::1", InetAddress.getByName("::1"), 4000);
        assertThat(v6.allowsHost("[::1]:4000")).isTrue();
    }

    @Test
    void onEveryInterfaceAnyAddressLiteralIsAnsweredButNoForeignName() throws Exception {
        HostPolicy policy = HostPolicy.of("0.0.0.0", InetAddress.getByName("0.0.0.0"), 8080);
        assertThat(policy.allowsHost("192.168.1.20:8080")).isTrue();
        assertThat(policy.allowsHost("[fe80::1]:8080")).isTrue();
        assertThat(policy.allowsHost("0.0.0.0:8080")).isTrue();
        assertThat(policy.allowsHost("rebind.attacker.example:8080")).isFalse();
        assertThat(policy.allowsHost("192.168.1.20.nip.io:8080")).isFalse();
    }

    @Test
    void liveReloadIsSameOriginOnly() throws Exception {
        HostPolicy policy = HostPolicy.of("127.0.0.1", InetAddress.getByName("127.0.0.1"), 8080);
        assertThat(policy.allowsOrigin(null, "localhost:8080")).isTrue();
        assertThat(policy.allowsOrigin("http://localhost:8080", "localhost:8080")).isTrue();
        assertThat(policy.allowsOrigin("http://LOCALHOST:8080", "localhost:8080")).isTrue();
        assertThat(policy.allowsOrigin("http://127.0.0.1:8080", "localhost:8080")).isFalse();
        assertThat(policy.allowsOrigin("https://localhost:8080", "localhost:8080")).isFalse();
        assertThat(policy.allowsOrigin("http://attacker.example", "localhost:8080")).isFalse();
        assertThat(policy.allowsOrigin("null", "localhost:8080")).isFalse();
    }
}
