package org.enforcementledger.cases.problem;

/** 415: a body of a media type the endpoint does not read. */
public class UnsupportedMediaTypeException extends ApiException {

    public UnsupportedMediaTypeException(String detail) {
        super(415, "unsupported-media-type", "Unsupported Media Type", detail);
    }
}
