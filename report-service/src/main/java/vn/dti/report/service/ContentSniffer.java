package vn.dti.report.service;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.tika.Tika;

/**
 * The content type of an upload as its bytes say (Apache Tika's magic numbers, the file name only
 * to tell apart formats that share a container, e.g. .docx inside a ZIP): an executable named
 * .png is not an image, HTML sent as application/pdf is not a PDF.
 */
@ApplicationScoped
public class ContentSniffer {

    private final Tika tika = new Tika();

    public String sniff(byte[] content, String fileName) {
        String type = tika.detect(content, fileName);
        return type == null ? "application/octet-stream" : type.split(";")[0].strip();
    }
}
