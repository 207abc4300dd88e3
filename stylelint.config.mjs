/** Stylelint: the standard config, plus the rule that matters here — raw colours live only in ui/tokens.css. */
export default {
  extends: ['stylelint-config-standard'],
  rules: {
    // Every colour is a token: no hex, no colour functions, no named colours outside tokens.css.
    'color-no-hex': true,
    'color-named': 'never',
    'function-disallowed-list': ['rgb', 'rgba', 'hsl', 'hsla', 'hwb', 'lab', 'lch', 'oklab', 'oklch', 'color'],
    // Font family names in the font tokens are names, not keywords: keep their usual capitals.
    'value-keyword-case': ['lower', { ignoreProperties: ['/^--font-/'] }],
    // Plain co-located sheets rely on source order by design; this rule compares unrelated selectors
    // and "fixing" it would mean reordering rules, which is what can break the cascade.
    'no-descending-specificity': null,
  },
  overrides: [
    {
      // The token file is the one home of raw colour values.
      files: ['renderer/src/ui/tokens.css'],
      rules: { 'color-no-hex': null, 'color-named': null, 'function-disallowed-list': null },
    },
  ],
};
