package dev.demarc.analysis;

import dev.demarc.model.Component;
import java.util.ArrayList;
import java.util.List;

/**
 * The data services a compute component calls through the AWS API with credentials (R14): S3 buckets and
 * DynamoDB tables. DynamoDB is matched by its type id, so a catalog that has the type gets the rule without
 * a change here.
 */
final class DataStores {

    /** The type ids of the data services whose calls need AWS credentials. */
    static final List<String> TYPE_IDS = List.of("S3", "DYNAMODB");

    private DataStores() {
    }

    /** The S3 buckets and DynamoDB tables {@code c} has a connection to, in that order. */
    static List<Component> calledBy(Facts facts, Component c) {
        List<Component> out = new ArrayList<>();
        for (String type : TYPE_IDS) {
            out.addAll(facts.targetsOfType(c, type));
        }
        return out;
    }
}
