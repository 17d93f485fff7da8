package io.clientlens.batch.rules;

import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.CelIssue;
import dev.cel.common.CelOptions;
import dev.cel.common.CelValidationResult;
import dev.cel.common.types.SimpleType;
import dev.cel.compiler.CelCompiler;
import dev.cel.compiler.CelCompilerBuilder;
import dev.cel.compiler.CelCompilerFactory;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelRuntime;
import dev.cel.runtime.CelRuntimeFactory;
import dev.cel.runtime.CelVariableResolver;
import io.clientlens.code.Label;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Segment rules compiled and type-checked against {@link SegmentVariables}: an unknown feature,
 * dimension or function, a type error or a non-boolean result fails {@link #compile} with the
 * segment's name and the position. Programs are immutable; one instance serves many threads.
 */
public final class CompiledSegments {
    private static final CelOptions OPTIONS = CelOptions.current().enableHeterogeneousNumericComparisons(true).build();
    private static final CelCompiler COMPILER = compiler();
    private static final CelRuntime RUNTIME = CelRuntimeFactory.standardCelRuntimeBuilder().setOptions(OPTIONS).build();

    private record Compiled(SegmentRule rule, CelRuntime.Program program) {
    }

    private final SegmentRules rules;
    private final List<Compiled> compiled;

    private CompiledSegments(SegmentRules rules, List<Compiled> compiled) {
        this.rules = rules;
        this.compiled = compiled;
    }

    private static CelCompiler compiler() {
        // the standard macros (has, all, exists, exists_one, map, filter): "features.tags.exists(t, t == '高尔夫')" reads as CEL says
        CelCompilerBuilder builder = CelCompilerFactory.standardCelCompilerBuilder().setOptions(OPTIONS)
                .setStandardMacros(dev.cel.parser.CelStandardMacro.STANDARD_MACROS);
        SegmentVariables.declarations().forEach(builder::addVar);
        return builder.build();
    }

    public static CompiledSegments compile(SegmentRules rules, String source) {
        List<InvalidSegmentRules.Problem> problems = new ArrayList<>();
        List<Compiled> compiled = new ArrayList<>();
        for (SegmentRule rule : rules.segments()) {
            Object result = compileOne(rule);
            if (result instanceof InvalidSegmentRules.Problem p) {
                problems.add(p);
            } else {
                compiled.add((Compiled) result);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidSegmentRules(source, problems);
        }
        return new CompiledSegments(rules, compiled);
    }

    /** Checks one expression alone: null when it compiles to a boolean, else the problem. */
    public static InvalidSegmentRules.Problem check(SegmentRule rule) {
        Object result = compileOne(rule);
        return result instanceof InvalidSegmentRules.Problem p ? p : null;
    }

    private static Object compileOne(SegmentRule rule) {
        InvalidSegmentRules.Problem unknownCode = UnknownCodes.first(rule);
        if (unknownCode != null) {
            return unknownCode;
        }
        CelValidationResult result = COMPILER.compile(rule.expression());
        if (result.hasError()) {
            CelIssue issue = result.getErrors().get(0);
            int line = Math.max(issue.getSourceLocation().getLine(), 1);
            int column = issue.getSourceLocation().getColumn();
            return new InvalidSegmentRules.Problem(rule.name(), rule.line() > 0 ? rule.line() + line - 1 : line,
                    column + 1, describe(issue.getMessage(), rule.expression(), line, column));
        }
        try {
            CelAbstractSyntaxTree ast = result.getAst();
            if (!ast.getResultType().equals(SimpleType.BOOL) && !ast.getResultType().equals(SimpleType.DYN)) {
                return InvalidSegmentRules.Problem.of(rule.name(), Math.max(rule.line(), 1), 1,
                        "表达式的结果须为真或假（true/false），实为 " + ast.getResultType().name(),
                        "the expression must be true or false, but gives " + ast.getResultType().name());
            }
            return new Compiled(rule, RUNTIME.createProgram(ast));
        } catch (dev.cel.common.CelValidationException | CelEvaluationException e) {
            return InvalidSegmentRules.Problem.of(rule.name(), Math.max(rule.line(), 1), 1, "表达式有误：" + e.getMessage(),
                    e.getMessage());
        }
    }

    /** CEL names only the first part of an unknown qualified name; say the whole name and what exists. */
    private static Label describe(String message, String expression, int line, int column) {
        if (!message.startsWith("undeclared reference")) {
            return Label.of("表达式有误：" + message, message);
        }
        String[] lines = expression.split("\n", -1);
        String text = line - 1 < lines.length ? lines[line - 1] : "";
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("[A-Za-z_][A-Za-z0-9_.]*")
                .matcher(text.substring(Math.min(Math.max(column, 0), text.length())));
        String name = m.lookingAt() ? m.group() : "?";
        String features = String.join(", ", SegmentVariables.FEATURES.keySet());
        return Label.of("未知的字段或变量“" + name + "”（特征：" + features + "；维度：各维度代码）— " + message,
                "unknown field or variable '" + name + "' (features: " + features + "; dimensions: the dimension codes) — " + message);
    }

    public SegmentRules rules() {
        return rules;
    }

    public boolean isEmpty() {
        return compiled.isEmpty();
    }

    /** The segments the customer belongs to, by priority. */
    public List<SegmentRule> matching(Map<String, Object> variables) {
        return matching(name -> Optional.ofNullable(variables.get(name)));
    }

    /** The segments the customer belongs to, by priority, each variable looked up as an expression reads it. */
    public List<SegmentRule> matching(CelVariableResolver variables) {
        if (compiled.isEmpty()) {
            return List.of();
        }
        List<SegmentRule> in = new ArrayList<>(2);
        for (Compiled c : compiled) {
            if (matches(c.program(), variables)) {
                in.add(c.rule());
            }
        }
        return in;
    }

    private static boolean matches(CelRuntime.Program program, CelVariableResolver variables) {
        try {
            return Boolean.TRUE.equals(program.eval(variables));
        } catch (CelEvaluationException e) {
            return false; // e.g. the customer has no age: a rule on age does not match
        }
    }

    /** A single filter expression (for target lists), compiled like a segment named {@code where}. */
    public static CompiledSegments filter(String expression) {
        return compile(new SegmentRules("filter", List.of(new SegmentRule("where",
                io.clientlens.code.Label.of("筛选条件", "Filter"), 0, expression, 0))), "--where");
    }
}
