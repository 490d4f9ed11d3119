package io.visitwire.ops.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ClientUrlTest {

    @Test
    void aWildcardBindIsReachedAsLocalhost() {
        assertEquals("http://localhost:8080", HttpServers.clientUrl("0.0.0.0", 8080));
        assertEquals("http://localhost:8080", HttpServers.clientUrl("::", 8080));
    }

    @Test
    void aBindToOneInterfaceIsReachedThere() {
        assertEquals("http://10.0.0.5:8080", HttpServers.clientUrl("10.0.0.5", 8080));
        assertEquals("http://127.0.0.1:8080", HttpServers.clientUrl("127.0.0.1", 8080));
        assertEquals("http://[fe80::1]:8080", HttpServers.clientUrl("fe80::1", 8080));
    }
}
