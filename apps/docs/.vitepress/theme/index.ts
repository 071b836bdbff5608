import type { Theme } from "vitepress";
import DefaultTheme from "vitepress/theme";
import { defineAsyncComponent } from "vue";
import "./style.css";

// Figures load on demand: only pages that show one download Plot and the packages.
export default {
  extends: DefaultTheme,
  enhanceApp({ app }) {
    app.component(
      "PointSetFigure",
      defineAsyncComponent(() => import("./components/PointSetFigure.vue")),
    );
    app.component(
      "ConvergenceFigure",
      defineAsyncComponent(() => import("./components/ConvergenceFigure.vue")),
    );
    app.component(
      "CubatureBoundFigure",
      defineAsyncComponent(() => import("./components/CubatureBoundFigure.vue")),
    );
    app.component(
      "RecallFigure",
      defineAsyncComponent(() => import("./components/RecallFigure.vue")),
    );
  },
} satisfies Theme;
