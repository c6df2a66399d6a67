package vn.dti.platform.rest;

import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import vn.dti.platform.problem.ProblemException;

/** Checks every query and path parameter of the matched operation before it is converted or used. */
public class ParameterGuard {

    @ServerRequestFilter
    public void checkParameters(UriInfo uri, ResourceInfo resource) {
        String path = uri.getPath();
        String pathRule = path == null ? null : TextRules.problemOfParameter(path);
        if (pathRule != null) {
            throw ProblemException.malformed(pathParameterBreaking(uri), pathRule);
        }
        if (resource == null || resource.getResourceMethod() == null) {
            return;
        }
        ProblemException violation = ParameterRules.firstViolation(resource.getResourceMethod(), uri);
        if (violation != null) {
            throw violation;
        }
    }

    /** The path parameter whose value breaks the text rules, "(path)" when it is a fixed part of the address. */
    static String pathParameterBreaking(UriInfo uri) {
        for (var parameter : uri.getPathParameters(true).entrySet()) {
            for (String value : parameter.getValue()) {
                if (TextRules.problemOfParameter(value) != null) {
                    return parameter.getKey();
                }
            }
        }
        return "(path)";
    }
}
