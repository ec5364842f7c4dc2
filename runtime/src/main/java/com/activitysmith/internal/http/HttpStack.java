package com.activitysmith.internal.http;

import static java.util.Objects.requireNonNull;

import com.activitysmith.generated.JsonSupport;
import com.activitysmith.internal.validation.PreSendValidation;
import java.time.Duration;
import javax.annotation.Nullable;
import okhttp3.Dispatcher;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import retrofit2.Retrofit;

/**
 * The OkHttp client and the Retrofit that the generated API interfaces run on. Thread-safe.
 *
 * <p>Built either from scratch or from an application's own {@link OkHttpClient}; in the latter case
 * the connection pool and dispatcher stay the application's and {@link #close()} leaves them alone.
 * OkHttp's TLS defaults are kept; redirects are never followed (the API never redirects, and a
 * redirect would re-send the request elsewhere) and OkHttp's own silent retries are switched off,
 * since the retry engine decides every repeat. An owned client runs at most {@value
 * #MAX_ASYNC_IN_FLIGHT} asynchronous calls at once.
 */
public final class HttpStack implements AutoCloseable {
  private static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
  private static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(30);
  private static final Duration DEFAULT_CALL_TIMEOUT = Duration.ofSeconds(60);
  /** Asynchronous calls OkHttp runs at once on a client this stack owns; the rest wait in its queue. */
  static final int MAX_ASYNC_IN_FLIGHT = 16;

  private final HttpUrl baseUrl;
  private final OkHttpClient client;
  private final boolean ownsClient;
  private final Retrofit retrofit;

  private HttpStack(HttpUrl baseUrl, OkHttpClient client, boolean ownsClient, PreSendValidation validation) {
    this.baseUrl = baseUrl;
    this.client = client;
    this.ownsClient = ownsClient;
    this.retrofit = new Retrofit.Builder()
        .baseUrl(baseUrl)
        .callFactory(new AttemptTrackingCallFactory(client))
        .addConverterFactory(new CheckedBodies(validation, JsonSupport.converterFactory()))
        .build();
  }

  /**
   * Creates the stack.
   *
   * @param baseUrl the checked base URL, ending in a slash
   * @param apiKey the bearer key
   * @param supplied the application's client to derive from, or null to create one
   * @param connectTimeout null keeps the supplied client's value (or 10 s when there is none)
   * @param readTimeout null keeps the supplied client's value (or 30 s)
   * @param callTimeout per attempt; null keeps the supplied client's value (or 60 s)
   * @param maxResponseBytes the most bytes of one body read, after decoding
   * @param validation checks each request body as Retrofit writes it, before anything is sent
   */
  public static HttpStack create(HttpUrl baseUrl, String apiKey, @Nullable OkHttpClient supplied,
      @Nullable Duration connectTimeout, @Nullable Duration readTimeout, @Nullable Duration callTimeout,
      long maxResponseBytes, PreSendValidation validation) {
    requireNonNull(baseUrl, "baseUrl == null");
    requireNonNull(validation, "validation == null");
    requireNonNull(apiKey, "apiKey == null");
    OkHttpClient.Builder builder;
    if (supplied == null) {
      Dispatcher dispatcher = new Dispatcher();
      // All calls go to one host; OkHttp's default of 5 per host would queue async calls needlessly.
      dispatcher.setMaxRequestsPerHost(MAX_ASYNC_IN_FLIGHT);
      dispatcher.setMaxRequests(MAX_ASYNC_IN_FLIGHT);
      builder = new OkHttpClient.Builder()
          .dispatcher(dispatcher)
          .connectTimeout(orDefault(connectTimeout, DEFAULT_CONNECT_TIMEOUT))
          .readTimeout(orDefault(readTimeout, DEFAULT_READ_TIMEOUT))
          .callTimeout(orDefault(callTimeout, DEFAULT_CALL_TIMEOUT));
    } else {
      builder = supplied.newBuilder();
      if (connectTimeout != null) {
        builder.connectTimeout(connectTimeout);
      }
      if (readTimeout != null) {
        builder.readTimeout(readTimeout);
      }
      if (callTimeout != null) {
        builder.callTimeout(callTimeout);
      }
    }
    OkHttpClient client = builder
        .retryOnConnectionFailure(false)
        .followRedirects(false)
        .followSslRedirects(false)
        .addInterceptor(new IdentityInterceptor(baseUrl, apiKey, SdkVersion.get()))
        .addInterceptor(new ResponseBuffering(maxResponseBytes))
        .addNetworkInterceptor(new CrossOriginAuthGuard(baseUrl))
        .addNetworkInterceptor(new SendMarker())
        .build();
    return new HttpStack(baseUrl, client, supplied == null, validation);
  }

  private static Duration orDefault(@Nullable Duration value, Duration fallback) {
    return value != null ? value : fallback;
  }

  /** Creates an implementation of a generated Retrofit interface. */
  public <T> T api(Class<T> service) {
    return retrofit.create(service);
  }

  /** The base URL, ending in a slash. */
  public HttpUrl baseUrl() {
    return baseUrl;
  }

  /** The OkHttp client requests run on. */
  public OkHttpClient client() {
    return client;
  }

  /**
   * Releases what this stack owns: the dispatcher's threads and the pooled connections. Leaves a
   * client the application supplied untouched.
   */
  @Override
  public void close() {
    if (ownsClient) {
      client.dispatcher().executorService().shutdown();
      client.connectionPool().evictAll();
    }
  }
}
