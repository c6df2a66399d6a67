package vn.dti.indicator.scoring;

import java.math.BigDecimal;

/**
 * Hand-written recursive-descent parser for input formulas; no scripting engine, no reflection.
 *
 * <pre>
 * expression := term (('+' | '-') term)*
 * term       := unary (('*' | '/') unary)*
 * unary      := '-' unary | primary
 * primary    := number | element | '(' expression ')'
 * element    := letter (letter | digit | '_' | '.')*      e.g. dvc.online_full
 * number     := digit+ ('.' digit+)?
 * </pre>
 */
public final class FormulaParser {

    static final int MAX_LENGTH = 1000;
    static final int MAX_DEPTH = 40;

    private final String text;
    private int position;
    private int depth;

    private FormulaParser(String text) {
        this.text = text;
    }

    /** @throws FormulaException when the text is not a well-formed formula */
    public static Expression parse(String text) {
        if (text == null || text.isBlank()) {
            throw new FormulaException("is empty");
        }
        if (text.length() > MAX_LENGTH) {
            throw new FormulaException("is longer than " + MAX_LENGTH + " characters");
        }
        FormulaParser parser = new FormulaParser(text);
        Expression expression = parser.expression();
        parser.skipSpaces();
        if (!parser.atEnd()) {
            throw parser.error("unexpected '" + parser.peek() + "'");
        }
        return expression;
    }

    private Expression expression() {
        enter();
        Expression result = term();
        while (true) {
            skipSpaces();
            if (accept('+')) {
                result = new Expression.Binary('+', result, term());
            } else if (accept('-')) {
                result = new Expression.Binary('-', result, term());
            } else {
                depth--;
                return result;
            }
        }
    }

    private Expression term() {
        Expression result = unary();
        while (true) {
            skipSpaces();
            if (accept('*')) {
                result = new Expression.Binary('*', result, unary());
            } else if (accept('/')) {
                result = new Expression.Binary('/', result, unary());
            } else {
                return result;
            }
        }
    }

    private Expression unary() {
        skipSpaces();
        if (accept('-')) {
            enter();
            Expression negated = new Expression.Negation(unary());
            depth--;
            return negated;
        }
        return primary();
    }

    private Expression primary() {
        skipSpaces();
        if (atEnd()) {
            throw error("a number, an element code or '(' is missing");
        }
        char c = peek();
        if (accept('(')) {
            Expression inner = expression();
            skipSpaces();
            if (!accept(')')) {
                throw error("')' is missing");
            }
            return inner;
        }
        if (Character.isDigit(c)) {
            return number();
        }
        if (isLetter(c)) {
            return element();
        }
        throw error("unexpected '" + c + "'");
    }

    private Expression number() {
        int start = position;
        while (!atEnd() && Character.isDigit(peek())) {
            position++;
        }
        if (!atEnd() && peek() == '.') {
            position++;
            if (atEnd() || !Character.isDigit(peek())) {
                throw error("a digit must follow the decimal point");
            }
            while (!atEnd() && Character.isDigit(peek())) {
                position++;
            }
        }
        return new Expression.Literal(new BigDecimal(text.substring(start, position)));
    }

    private Expression element() {
        int start = position;
        while (!atEnd() && (isLetter(peek()) || Character.isDigit(peek()) || peek() == '_' || peek() == '.')) {
            position++;
        }
        String code = text.substring(start, position);
        if (code.endsWith(".") || code.contains("..")) {
            throw new FormulaException("element code '" + code + "' is malformed at position " + (start + 1));
        }
        return new Expression.ElementRef(code);
    }

    private void enter() {
        if (++depth > MAX_DEPTH) {
            throw error("nests deeper than " + MAX_DEPTH + " levels");
        }
    }

    private static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private boolean accept(char expected) {
        if (!atEnd() && peek() == expected) {
            position++;
            return true;
        }
        return false;
    }

    private void skipSpaces() {
        while (!atEnd() && Character.isWhitespace(peek())) {
            position++;
        }
    }

    private boolean atEnd() {
        return position >= text.length();
    }

    private char peek() {
        return text.charAt(position);
    }

    private FormulaException error(String problem) {
        return new FormulaException(problem + " at position " + (position + 1));
    }
}
