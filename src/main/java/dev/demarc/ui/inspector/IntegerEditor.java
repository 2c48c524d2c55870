package dev.demarc.ui.inspector;

import dev.demarc.catalog.PropertySpec;
import dev.demarc.model.PropertyValue;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.util.StringConverter;

/**
 * An editable spinner bounded by the catalog's min and max. Typed text is committed by the spinner itself
 * (Enter, focus loss, or an arrow click); the converter clamps it to the range and says so, rather than
 * letting a value the catalog forbids reach the file. Arrow steps in a row merge into one undo step (holding
 * an arrow down makes dozens); a typed value is a step of its own.
 */
final class IntegerEditor extends ValueEditor<Spinner<Integer>> {

    private final SpinnerValueFactory.IntegerSpinnerValueFactory factory;
    private final int min;
    private final int max;
    /** The value just parsed from typed text, until the factory takes it: tells a typed value from a step. */
    private Integer typed;

    IntegerEditor(PropertyItem item) {
        super(item, new Spinner<>());
        PropertySpec spec = item.spec();
        min = (int) Math.max(Integer.MIN_VALUE, spec.min());
        max = (int) Math.min(Integer.MAX_VALUE, spec.max());
        factory = new SpinnerValueFactory.IntegerSpinnerValueFactory(min, max, min);
        factory.setConverter(new Converter());
        control().setValueFactory(factory);
        control().setEditable(true);
        control().getEditor().setAccessibleText(spec.label());
        control().getEditor().setPrefColumnCount(6);
        control().getEditor().addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                setValue(item.getValue());
                message("");
            }
        });
        factory.valueProperty().addListener((obs, old, now) -> {
            // The factory clamps out-of-range values by setting them twice; only the clamped one is news.
            if (now != null && now >= min && now <= max) {
                boolean step = !now.equals(typed);
                typed = null;
                commit(new PropertyValue.Int(now), step);
            }
        });
    }

    @Override
    protected void show(PropertyValue value) {
        long n = value instanceof PropertyValue.Int i ? i.value() : min;
        int shown = (int) Math.max(min, Math.min(max, n));
        factory.setValue(shown);
        control().getEditor().setText(Integer.toString(shown));
    }

    /** Parses typed text, clamps it to the range and explains any change it had to make. */
    private final class Converter extends StringConverter<Integer> {

        @Override
        public String toString(Integer value) {
            return value == null ? "" : value.toString();
        }

        @Override
        public Integer fromString(String text) {
            String label = item().spec().label();
            int result;
            String problem = "";
            try {
                long n = Long.parseLong(text.strip());
                result = (int) Math.max(min, Math.min(max, n));
                if (n > max) {
                    problem = label + " can be at most " + max + ", so it was set to " + max + ".";
                } else if (n < min) {
                    problem = label + " must be at least " + min + ", so it was set to " + min + ".";
                }
            } catch (NumberFormatException e) {
                result = factory.getValue();
                problem = label + " must be a whole number from " + min + " to " + max + ".";
            }
            message(problem);
            // The spinner only rewrites its text when the value changes; "40" clamped to an unchanged 35 must
            // not stay on screen.
            control().getEditor().setText(Integer.toString(result));
            typed = result;
            return result;
        }
    }
}
