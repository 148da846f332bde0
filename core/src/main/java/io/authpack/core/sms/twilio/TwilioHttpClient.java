package io.authpack.core.sms.twilio;

import java.io.Closeable;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

import com.twilio.exception.ApiException;
import com.twilio.http.HttpMethod;
import com.twilio.http.NetworkHttpClient;
import com.twilio.http.Request;
import com.twilio.http.Response;
import com.twilio.http.TwilioRestClient;
import org.apache.http.client.config.RequestConfig;

/**
 * The SDK's own HTTP client, created for one call and closed after it, so no connection pool and no
 * credentials outlive the request and realms with different Twilio accounts never share a client
 * (the static {@code Twilio.init} would).
 *
 * <p>With a base URL (server option {@code base-url}), every request the SDK addresses to
 * {@code https://<product>.twilio.com} goes to that URL instead, same path and query: for tests and
 * for an egress proxy. The SDK's own host handling cannot express this: it rebuilds host names
 * around region and edge and would mangle an arbitrary one, so the rewritten request carries its
 * final URL.
 */
final class TwilioHttpClient extends NetworkHttpClient implements Closeable {
    /** A login page waits for the text: fail fast rather than hold the user 40 s. */
    private static final RequestConfig TIMEOUTS = RequestConfig.custom()
            .setConnectTimeout(5_000).setConnectionRequestTimeout(5_000).setSocketTimeout(10_000).build();

    private final String baseUrl;

    /** @param baseUrl where requests go instead of Twilio, without a trailing slash; null for Twilio */
    TwilioHttpClient(String baseUrl) {
        super(TIMEOUTS);
        this.baseUrl = baseUrl;
    }

    /**
     * The SDK retries every 5xx, POSTs included; a POST that Twilio accepted before failing would then
     * text the user twice. Only reads are retried here; a failed send surfaces as 503 and the user
     * (or the app) asks again, within the resend limits.
     */
    @Override
    public Response reliableRequest(Request request) {
        int attempts = request.getMethod() == HttpMethod.GET ? RETRIES : 1;
        return reliableRequest(request, RETRY_CODES, attempts, DELAY_MILLIS);
    }

    TwilioRestClient restClient(String accountSid, String authToken) {
        return new TwilioRestClient.Builder(accountSid, authToken).httpClient(this).build();
    }

    @Override
    public Response makeRequest(Request request) {
        return super.makeRequest(baseUrl == null ? request : new Redirected(request, redirect(request)));
    }

    private URL redirect(Request request) {
        try {
            return URI.create(baseUrl + request.constructURL().getFile()).toURL();
        } catch (MalformedURLException | IllegalArgumentException e) {
            throw new ApiException("Bad base URL", e);
        }
    }

    @Override
    public void close() {
        if (client instanceof Closeable closeable) {
            try {
                closeable.close();
            } catch (IOException e) {
                // the response was already read in full; there is nothing left to lose
            }
        }
    }

    /** The SDK's request with another URL; everything the HTTP client sends is copied. */
    private static final class Redirected extends Request {
        private final URL target;

        Redirected(Request original, URL target) {
            super(original.getMethod(), target.toString());
            this.target = target;
            copy(original.getQueryParams(), this::addQueryParam);
            copy(original.getPostParams(), this::addPostParam);
            copy(original.getHeaderParams(), this::addHeaderParam);
            setContentType(original.getContentType());
            setBody(original.getBody());
            setUserAgentExtensions(original.getUserAgentExtensions());
            if (original.getUsername() != null && original.getPassword() != null) {
                setAuth(original.getUsername(), original.getPassword());
            } else if (original.getAuthStrategy() != null) {
                setAuth(original.getAuthStrategy());
            }
        }

        @Override
        public URL constructURL() {
            return target;
        }

        private static void copy(Map<String, List<String>> from, BiConsumer<String, String> to) {
            from.forEach((name, values) -> values.forEach(value -> to.accept(name, value)));
        }
    }
}
