package dev.demarc.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.util.Map;
import java.util.Set;

/**
 * Remembers where in the text each component, connection, security group and rule object started, so that
 * problems found
 * after binding (a duplicate id, a missing parent) can still name a line and column. The positions go
 * into an identity map passed as the reader attribute {@link #ATTRIBUTE}.
 */
final class LocatingDeserializers {

    static final String ATTRIBUTE = "demarc.locations";

    private static final Set<Class<?>> LOCATED = Set.of(DiagramJson.ComponentJson.class,
            DiagramJson.ConnectionJson.class, DiagramJson.SecurityGroupJson.class, DiagramJson.RuleJson.class);

    private LocatingDeserializers() {
    }

    static SimpleModule module() {
        SimpleModule module = new SimpleModule("demarc-locations");
        module.setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
                    JsonDeserializer<?> deserializer) {
                return LOCATED.contains(description.getBeanClass()) ? new Locating(deserializer) : deserializer;
            }
        });
        return module;
    }

    /** Delegates to the record's own deserializer and notes the start of each object it reads. */
    private static final class Locating extends DelegatingDeserializer {

        private static final long serialVersionUID = 1L;

        Locating(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
            return new Locating(newDelegatee);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonLocation start = p.currentTokenLocation();
            Object value = super.deserialize(p, ctxt);
            @SuppressWarnings("unchecked")
            Map<Object, JsonLocation> locations = (Map<Object, JsonLocation>) ctxt.getAttribute(ATTRIBUTE);
            if (locations != null && value != null) {
                locations.put(value, start);
            }
            return value;
        }
    }
}
