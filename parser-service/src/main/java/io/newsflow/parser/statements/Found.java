package io.newsflow.parser.statements;

import io.newsflow.contracts.Speaker;

/** A statement found in a sentence, with offsets into that sentence. */
record Found(Speaker speaker, int start, int end, String kind, String cue) {
}
