import nx from "@nx/eslint-plugin";
import angular from "angular-eslint";
import baseConfig from "../../eslint.config.mjs";

export default [
    ...nx.configs["flat/angular"],
    ...nx.configs["flat/angular-template"],
    ...baseConfig,
    // STYLE.md: OnPush everywhere, accessible by default.
    {
        files: ["**/*.ts"],
        rules: {
            "@angular-eslint/prefer-on-push-component-change-detection": "error"
        }
    },
    ...angular.configs.templateAccessibility.map((config) => ({ ...config, files: ["**/*.html"] })),
    {
        files: [
            "**/*.ts"
        ],
        rules: {
            "@angular-eslint/directive-selector": [
                "error",
                {
                    type: "attribute",
                    prefix: "app",
                    style: "camelCase"
                }
            ],
            "@angular-eslint/component-selector": [
                "error",
                {
                    type: "element",
                    prefix: "app",
                    style: "kebab-case"
                }
            ]
        }
    },
    {
        files: [
            "**/*.html"
        ],
        // Override or add rules here
        rules: {}
    }
];
