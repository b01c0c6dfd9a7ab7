import MDXComponents from '@theme-original/MDXComponents';
import DocCardList from '@theme/DocCardList';
import Diagram from '@site/src/components/Diagram';
import StarStory from '@site/src/components/StarStory';
import StarSection from '@site/src/components/StarSection';
import ShownIn from '@site/src/components/ShownIn';
import ToPrepare from '@site/src/components/ToPrepare';
import SiteText from '@site/src/components/SiteText';
import ToPrepareList from '@site/src/components/ToPrepareList';
import StoryCards from '@site/src/components/StoryCards';
import PrincipleList from '@site/src/components/PrincipleList';
import PrincipleMatrix from '@site/src/components/PrincipleMatrix';
import LoopPlanner from '@site/src/components/LoopPlanner';

// Components every MDX page may use without importing them.
export default {
  ...MDXComponents,
  BreadthAreas: DocCardList,
  DepthTopics: DocCardList,
  Diagram,
  StarStory,
  StarSection,
  ShownIn,
  ToPrepare,
  SiteText,
  ToPrepareList,
  StoryCards,
  PrincipleList,
  PrincipleMatrix,
  LoopPlanner,
};
