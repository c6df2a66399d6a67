package vn.dti.ranking.service;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.dti.ranking.engine.GroupScore;

/** The main indices of a score, stored as JSON text next to it. */
@ApplicationScoped
public class GroupsJson {

    private static final TypeReference<List<GroupScore>> GROUPS = new TypeReference<>() {
    };

    @Inject
    ObjectMapper json;

    public List<GroupScore> read(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        try {
            return json.readValue(text, GROUPS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored groups are not readable JSON", e);
        }
    }

    public String write(List<GroupScore> groups) {
        try {
            return json.writeValueAsString(groups);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("groups cannot be written as JSON", e);
        }
    }
}
