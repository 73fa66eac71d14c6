// SPDX-License-Identifier: Apache-2.0
package io.fora.client;

import java.security.Provider;
import java.security.SecureRandom;
import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLContextSpi;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLServerSocketFactory;
import javax.net.ssl.SSLSessionContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;

/**
 * The TLS set-up of a client of an {@code http://} server: none. The JDK's HTTP client builds
 * the default TLS context when it is given none, which reads the JDK's trust store: about 0.1 s
 * of a {@code fora run --cluster} that takes 0.4 s. A plain-HTTP client never uses TLS (it follows
 * no redirects), so it gets this context, which refuses to be used.
 */
final class PlainHttp {
    private PlainHttp() {}

    static SSLContext context() {
        return new SSLContext(new Refusing(), new Provider("fora-plain-http", "1", "no TLS for an http:// server") {}, "none") {};
    }

    /** Default parameters, with TLS itself disabled: no protocol, no cipher suite. */
    static SSLParameters parameters() {
        return new SSLParameters(new String[0], new String[0]);
    }

    private static final class Refusing extends SSLContextSpi {
        private static IllegalStateException refused() {
            return new IllegalStateException("this Fora client talks to an http:// server and does not use TLS");
        }

        @Override protected void engineInit(KeyManager[] km, TrustManager[] tm, SecureRandom sr) { throw refused(); }
        @Override protected SSLSocketFactory engineGetSocketFactory() { throw refused(); }
        @Override protected SSLServerSocketFactory engineGetServerSocketFactory() { throw refused(); }
        @Override protected SSLEngine engineCreateSSLEngine() { throw refused(); }
        @Override protected SSLEngine engineCreateSSLEngine(String host, int port) { throw refused(); }
        @Override protected SSLSessionContext engineGetServerSessionContext() { throw refused(); }
        @Override protected SSLSessionContext engineGetClientSessionContext() { throw refused(); }
        @Override protected SSLParameters engineGetDefaultSSLParameters() { return parameters(); }
        @Override protected SSLParameters engineGetSupportedSSLParameters() { return parameters(); }
    }
}
