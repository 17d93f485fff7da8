package io.clientlens.app.ui;

import org.springframework.core.annotation.AliasFor;
import org.springframework.stereotype.Controller;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A controller that renders pages in the site layout (top navigation, language switch), wherever its feature keeps it.
 * The navigation's model attributes apply to these and not to REST controllers or the sign-in page.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Controller
public @interface PageController {
    @AliasFor(annotation = Controller.class)
    String value() default "";
}
