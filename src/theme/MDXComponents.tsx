import MDXComponents from '@theme-original/MDXComponents';
import Diagram from '@site/src/components/Diagram';
import StarStory from '@site/src/components/StarStory';
import StarSection from '@site/src/components/StarSection';
import ShownIn from '@site/src/components/ShownIn';
import ToPrepare from '@site/src/components/ToPrepare';
import SiteText from '@site/src/components/SiteText';

// Components several MDX pages use, without importing them. A component of one page is imported
// by that page, so its code loads with that page only.
export default {
  ...MDXComponents,
  Diagram,
  StarStory,
  StarSection,
  ShownIn,
  ToPrepare,
  SiteText,
};
