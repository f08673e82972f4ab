/**
 * The pane's theme from Office's: Fluent's dark theme when Office is dark (Black, Dark Gray,
 * or Excel's dark mode), the light one otherwise. Office gives colours, not a mode, on
 * older hosts: a dark body colour is taken as a dark theme.
 */
import { webDarkTheme, webLightTheme, type Theme } from '@fluentui/react-components';

/** What office.js's `Office.context.officeTheme` holds (isDarkTheme is a property on new hosts, a method on some). */
export interface OfficeThemeLike {
  bodyBackgroundColor?: string;
  isDarkTheme?: boolean | (() => boolean);
  themeId?: unknown;
}

/** Relative luminance of "#rrggbb" (0 black … 1 white); undefined for anything else. */
function luminance(hex: string | undefined): number | undefined {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex ?? '');
  if (!m) return undefined;
  const [r, g, b] = [m[1], m[2], m[3]].map((x) => {
    const c = parseInt(x, 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function isDark(theme: OfficeThemeLike | undefined): boolean {
  if (!theme) return false;
  const flag = typeof theme.isDarkTheme === 'function' ? theme.isDarkTheme() : theme.isDarkTheme;
  if (typeof flag === 'boolean') return flag;
  const l = luminance(theme.bodyBackgroundColor);
  return l !== undefined && l < 0.2;
}

export function paneTheme(theme: OfficeThemeLike | undefined): Theme {
  return isDark(theme) ? webDarkTheme : webLightTheme;
}
