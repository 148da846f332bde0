package io.authpack.core.udf;

import java.util.List;

/**
 * One user-defined field: a user-profile attribute annotated {@code authpack.udf=<type>}.
 *
 * @param key     the attribute name
 * @param type    its Authing data type
 * @param label   its display name (the label Authing returns)
 * @param options the allowed values of a SELECT field (the attribute's {@code options} validator)
 */
public record UdfDefinition(String key, UdfType type, String label, List<String> options) {
}
