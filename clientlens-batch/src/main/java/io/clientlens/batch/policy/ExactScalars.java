package io.clientlens.batch.policy;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.constructor.AbstractConstruct;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * SnakeYAML's safe constructor (maps, lists and scalars only, no objects) with the scalars a
 * policy needs: numbers become {@link BigDecimal} straight from their text, so 0.015 stays
 * exactly 0.015 instead of passing through double. Booleans and dates stay text: no policy key
 * takes one, and YAML 1.1 would otherwise read the country code NO (Norway) as false.
 */
final class ExactScalars extends SafeConstructor {

    // Plain decimal notation only; YAML 1.1 octal (012), hex and base-60 forms stay text and are reported.
    private static final Pattern DECIMAL = Pattern.compile("[-+]?(\\d[\\d_]*)?(\\.[\\d_]*)?([eE][-+]?\\d+)?");

    ExactScalars(LoaderOptions options) {
        super(options);
        yamlConstructors.put(Tag.INT, new ExactNumber());
        yamlConstructors.put(Tag.FLOAT, new ExactNumber());
        yamlConstructors.put(Tag.BOOL, new PlainText());
        yamlConstructors.put(Tag.TIMESTAMP, new PlainText());
    }

    private static final class ExactNumber extends AbstractConstruct {
        @Override
        public Object construct(Node node) {
            String text = ((ScalarNode) node).getValue();
            boolean leadingZero = text.matches("[-+]?0\\d.*");
            if (leadingZero || !DECIMAL.matcher(text).matches()) {
                return text;
            }
            try {
                return new BigDecimal(text.replace("_", ""));
            } catch (NumberFormatException e) {
                return text;
            }
        }
    }

    private static final class PlainText extends AbstractConstruct {
        @Override
        public Object construct(Node node) {
            return ((ScalarNode) node).getValue();
        }
    }
}
