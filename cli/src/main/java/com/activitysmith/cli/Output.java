package com.activitysmith.cli;

import com.activitysmith.exception.ApiConnectionException;
import com.activitysmith.exception.ApiException;
import com.activitysmith.exception.BillingBlockedException;
import com.activitysmith.exception.LiveActivityLimitException;
import com.activitysmith.exception.RateLimitException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.annotation.Nullable;

/**
 * Prints results and errors: with {@code --json} one JSON object on stdout (the result, or
 * {@code {"error": {...}}}), otherwise a line for people on stdout and errors on stderr. Chooses
 * the exit code of each kind of failure.
 */
final class Output {
  private final Io io;
  private final boolean json;

  Output(Io io, boolean json) {
    this.io = io;
    this.json = json;
  }

  boolean json() {
    return json;
  }

  /** Prints a result: the JSON object with {@code --json}, else the human line. */
  void result(Map<String, ?> result, String human) {
    if (json) {
      io.out().println(JsonText.write(result));
    } else {
      io.out().println(human);
    }
  }

  /** A message for people; always stderr, so stdout stays the result. */
  void info(String message) {
    io.err().println(message);
  }

  /** Prints the error and returns its exit code. */
  int failure(Throwable e) {
    if (e instanceof InvalidInputException invalid) {
      List<Map<String, Object>> problems = new ArrayList<>();
      for (Problem p : invalid.problems()) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("flag", p.flag());
        item.put("path", p.path());
        item.put("rule", p.rule());
        item.put("message", p.message());
        problems.add(item);
      }
      Map<String, Object> error = error("validation_error", ExitCodes.VALIDATION, "invalid request, nothing was sent");
      error.put("problems", problems);
      if (json) {
        print(error);
      } else {
        io.err().println("activitysmith: invalid request, nothing was sent:");
        invalid.problems().forEach(p -> io.err().println("  " + p.describe()));
      }
      return ExitCodes.VALIDATION;
    }
    if (e instanceof UsageException) {
      return simple("usage_error", ExitCodes.USAGE, e.getMessage());
    }
    if (e instanceof Connection.MissingKeyException) {
      return simple("authentication_error", ExitCodes.AUTH, e.getMessage());
    }
    if (e instanceof ApiConnectionException) {
      return simple("network_error", ExitCodes.NETWORK, e.getMessage());
    }
    if (e instanceof ApiException api) {
      int status = api.statusCode();
      String type;
      int code;
      if (status == 401) {
        type = "authentication_error";
        code = ExitCodes.AUTH;
      } else if (status == 403) {
        type = "permission_error";
        code = ExitCodes.AUTH;
      } else if (e instanceof LiveActivityLimitException) {
        type = "live_activity_limit_error";
        code = ExitCodes.RATE_LIMIT;
      } else if (status == 429) {
        type = "rate_limit_error";
        code = ExitCodes.RATE_LIMIT;
      } else {
        type = "api_error";
        code = ExitCodes.API_ERROR;
      }
      Map<String, Object> error = error(type, code, api.getMessage());
      error.put("status", status);
      error.put("error_code", api.errorCode().orElse(null));
      error.put("server_message", api.serverMessage().orElse(null));
      error.put("request_id", api.requestId().orElse(null));
      error.put("exception", api.getClass().getSimpleName());
      if (api instanceof RateLimitException rate) {
        error.put("retry_after_seconds", rate.retryAfter().map(d -> d.toSeconds()).orElse(null));
      }
      if (api instanceof LiveActivityLimitException limit) {
        error.put("limit", limit.limit().isPresent() ? limit.limit().getAsInt() : null);
        error.put("active", limit.active().isPresent() ? limit.active().getAsInt() : null);
      }
      String hint = "";
      if (api instanceof BillingBlockedException billing) {
        error.put("type", "billing_error");
        error.put("reason", billing.reason().name().toLowerCase(java.util.Locale.ROOT));
        error.put("upgrade_url", billing.upgradeUrl().orElse(null));
        hint = billing.upgradeUrl().map(url -> "; upgrade at " + url).orElse("");
      }
      if (json) {
        print(error);
      } else {
        io.err().println("activitysmith: " + api.getMessage() + hint);
      }
      return code;
    }
    String message = e.getClass().getSimpleName() + ": " + e.getMessage();
    return simple("internal_error", ExitCodes.INTERNAL, message);
  }

  /** Prints an error of a kind without details and returns its code. */
  int simple(String type, int code, @Nullable String message) {
    if (json) {
      print(error(type, code, message));
    } else {
      io.err().println("activitysmith: " + message);
    }
    return code;
  }

  private static Map<String, Object> error(String type, int code, @Nullable String message) {
    Map<String, Object> error = new LinkedHashMap<>();
    error.put("type", type);
    error.put("exit_code", code);
    error.put("message", message);
    return error;
  }

  private void print(Map<String, Object> error) {
    io.out().println(JsonText.write(Map.of("error", error)));
  }
}
