package io.pyra.identity.security;

import io.pyra.platform.audit.AuditEvent;
import io.pyra.platform.audit.AuditLog;
import io.pyra.platform.audit.FieldChange;
import io.pyra.platform.web.LocaleConfig;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.i18n.SessionLocaleResolver;

/** After a sign-in: the user's language for the session, and an audit entry either way. */
@Component
class SignInHandlers {

  /** Session attribute with the reason of the last refused sign-in, shown on the login page. */
  static final String REFUSAL = SignInRefusal.SESSION_ATTRIBUTE;

  private final AuditLog audit;

  SignInHandlers(AuditLog audit) {
    this.audit = audit;
  }

  AuthenticationSuccessHandler success() {
    SavedRequestAwareAuthenticationSuccessHandler redirect =
        new SavedRequestAwareAuthenticationSuccessHandler();
    redirect.setDefaultTargetUrl("/");
    return (request, response, authentication) -> {
      PyraPrincipal user = (PyraPrincipal) authentication.getPrincipal();
      request
          .getSession()
          .setAttribute(
              SessionLocaleResolver.LOCALE_SESSION_ATTRIBUTE_NAME,
              LocaleConfig.forTag(user.locale()));
      audit.append(
          new AuditEvent(
              "SIGN_IN", "user", user.id().toString(), user.id(), user.username(), from(request)));
      redirect.onAuthenticationSuccess(request, response, authentication);
    };
  }

  AuthenticationFailureHandler failure() {
    return (request, response, exception) -> {
      String username = request.getParameter("username");
      audit.append(
          new AuditEvent("SIGN_IN_FAILED", "user", null, null, truncate(username), from(request)));
      request.getSession().setAttribute(REFUSAL, SignInRefusal.of(exception));
      response.sendRedirect(request.getContextPath() + "/login?error");
    };
  }

  private static List<FieldChange> from(HttpServletRequest request) {
    return List.of(new FieldChange("remoteAddress", null, request.getRemoteAddr()));
  }

  private static String truncate(String value) {
    if (value == null) {
      return "";
    }
    return value.length() > 100 ? value.substring(0, 100) : value;
  }
}
