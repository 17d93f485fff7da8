package io.clientlens.app.web;

import io.clientlens.app.refusal.InvalidRequest;
import io.clientlens.code.ControlCharacters;
import io.clientlens.customer.FieldProblem;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.module.SimpleModule;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Text with a NUL character is refused where it enters, as a 400 naming the field ({@link ControlCharacters}): in a
 * JSON body by the reader of every string of the REST API, in a query or a form by {@link #parameters()}. Without
 * this the database refused it later, as a misleading conflict or as an internal error.
 */
@Configuration(proxyBeanMethods = false)
class RequestText {

    /** Registered by Spring Boot on the JSON mapper that reads the request bodies. */
    @Bean
    JacksonModule textWithoutNul() {
        return new SimpleModule("text-without-nul").addDeserializer(String.class, new TextWithoutNul());
    }

    /** The JSON string at the exception's path holds a NUL; Jackson adds the path as the exception passes up. */
    static final class NulInText extends MismatchedInputException {
        private static final long serialVersionUID = 1L;

        NulInText(JsonParser parser) {
            super(parser, ControlCharacters.REFUSED.en(), String.class);
        }
    }

    /** Jackson's own reading of a string (with its coercions), then the check. */
    static final class TextWithoutNul extends StringDeserializer {
        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) {
            String text = super.deserialize(parser, context);
            if (ControlCharacters.holdsNul(text)) {
                throw new NulInText(parser);
            }
            return text;
        }
    }

    static HandlerInterceptor parameters() {
        return new ParametersWithoutNul();
    }

    /**
     * Query and form parameters of the application's own controllers: a parameter whose name or value holds a NUL
     * is refused before the controller runs, each named. Only the first dispatch: an error page keeps the parameters.
     */
    private static final class ParametersWithoutNul implements HandlerInterceptor {
        @Override
        public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
            if (request.getDispatcherType() != DispatcherType.REQUEST || !ours(handler)) {
                return true;
            }
            List<FieldProblem> problems = new ArrayList<>();
            for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
                if (ControlCharacters.holdsNul(parameter.getKey())
                        || Arrays.stream(parameter.getValue()).anyMatch(ControlCharacters::holdsNul)) {
                    problems.add(new FieldProblem(parameter.getKey(), ControlCharacters.REFUSED.zh(), ControlCharacters.REFUSED.en()));
                }
            }
            if (!problems.isEmpty()) {
                throw new InvalidRequest(problems);
            }
            return true;
        }

        /** The application's error handling answers for its own controllers; the library's (API docs) keep their own. */
        private static boolean ours(Object handler) {
            return handler instanceof HandlerMethod method && method.getBeanType().getPackageName().startsWith("io.clientlens.app");
        }
    }
}
