import React, { type ReactNode } from 'react';
import ColorModeToggle from '@theme-original/ColorModeToggle';
import type { Props } from '@theme/ColorModeToggle';
import { useColorMode } from '@docusaurus/theme-common';

export type { Props };

/**
 * Two states, light and dark, starting from the system's: the stock three-state cycle begins
 * system → light, which on a light system changes nothing the reader sees.
 */
export default function ColorModeToggleWrapper(props: Props): ReactNode {
  const { colorMode } = useColorMode();
  return <ColorModeToggle {...props} respectPrefersColorScheme={false} value={colorMode} />;
}
