package dev.athenawizard.core.aws.policy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;

/** Writes policies and statements as the indented JSON the IAM console shows. */
final class PolicyJson {
    private static final ObjectWriter WRITER = new ObjectMapper().writer(
            new DefaultPrettyPrinter().withArrayIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE));

    private PolicyJson() {
    }

    static String write(Object value) {
        try {
            return WRITER.writeValueAsString(value).replace("\r\n", "\n").replace(" : ", ": ") + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a policy always serialises", e);
        }
    }
}
