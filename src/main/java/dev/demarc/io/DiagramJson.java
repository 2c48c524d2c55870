package dev.demarc.io;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.List;

/**
 * The JSON shape of a diagram file, format version 3, exactly as written on disk: the reader binds files into
 * these records and the writer writes them, so the format is described once. Kept apart from the domain model
 * ({@link dev.demarc.model.Diagram}) so that the file format can change (with a migration) without the model
 * changing, and the other way round. Absent fields are {@code null}, and are left out when written; fields are
 * written in the order declared here.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"format", "formatVersion", "title", "components", "connections", "securityGroups"})
record DiagramJson(
        @JsonProperty("format") String format,
        @JsonProperty("formatVersion") Integer formatVersion,
        @JsonProperty("title") String title,
        @JsonProperty("components") List<ComponentJson> components,
        @JsonProperty("connections") List<ConnectionJson> connections,
        @JsonProperty("securityGroups") List<SecurityGroupJson> securityGroups) {

    /** One component; {@code properties} stays a JSON object until it is checked against the catalog. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"id", "type", "label", "parent", "x", "y", "width", "height", "properties"})
    record ComponentJson(
            @JsonProperty("id") String id,
            @JsonProperty("type") String type,
            @JsonProperty("label") String label,
            @JsonProperty("parent") String parent,
            @JsonProperty("x") @JsonSerialize(using = Coordinate.class) Double x,
            @JsonProperty("y") @JsonSerialize(using = Coordinate.class) Double y,
            @JsonProperty("width") @JsonSerialize(using = Coordinate.class) Double width,
            @JsonProperty("height") @JsonSerialize(using = Coordinate.class) Double height,
            @JsonProperty("properties") ObjectNode properties) {
    }

    /** One connection, from the component that sends requests to the one that receives them. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"id", "from", "to", "label"})
    record ConnectionJson(
            @JsonProperty("id") String id,
            @JsonProperty("from") String from,
            @JsonProperty("to") String to,
            @JsonProperty("label") String label) {
    }

    /** One security group (format 3): components name it in their {@code securityGroups} property. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"id", "name", "description", "inbound"})
    record SecurityGroupJson(
            @JsonProperty("id") String id,
            @JsonProperty("name") String name,
            @JsonProperty("description") String description,
            @JsonProperty("inbound") List<RuleJson> inbound) {
    }

    /**
     * One inbound rule of a security group: ports {@code fromPort} to {@code toPort} (left out for protocol
     * {@code all}) from either the CIDR block {@code source} or the members of the group {@code sourceGroup}.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"protocol", "fromPort", "toPort", "source", "sourceGroup"})
    record RuleJson(
            @JsonProperty("protocol") String protocol,
            @JsonProperty("fromPort") Integer fromPort,
            @JsonProperty("toPort") Integer toPort,
            @JsonProperty("source") String source,
            @JsonProperty("sourceGroup") String sourceGroup) {
    }

    /** Whole positions and sizes without a fraction ({@code 40}, not {@code 40.0}), others as Java prints them. */
    static final class Coordinate extends StdSerializer<Double> {

        private static final long serialVersionUID = 1L;

        Coordinate() {
            super(Double.class);
        }

        @Override
        public void serialize(Double value, JsonGenerator g, SerializerProvider provider) throws IOException {
            double v = value;
            if (v == Math.rint(v) && Math.abs(v) < 1e15) {
                g.writeNumber((long) v);
            } else {
                g.writeNumber(v);
            }
        }
    }
}
