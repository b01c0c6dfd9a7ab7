/**
 * What each block of the author's guide must read like on the site: the guide's text with the
 * name corrections, and on the English site the faithful translation of its Chinese passages.
 */
import type { GuideBlock } from '../../src/lib/guide/parseGuide';
import { loadGuide } from '../../src/lib/guide/guideFile';
import { correctNames } from '../../src/lib/guide/corrections';

export type Locale = 'en' | 'zh-Hans';

export function normalizeSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export const GUIDE_BLOCKS = loadGuide();

/** The English site's faithful translation of each Chinese passage of the guide. */
export const ENGLISH: ReadonlyArray<readonly [chinese: string, english: string]> = [
  ['关于 Position', 'About the position'],
  ['关于 Onsite 面试流程', 'About the onsite interview process'],
  [
    'On-Site 面试一共有 5 轮, 每轮会有 1-2 个人进行面试, 并且会有 Observer 在旁边观看整个流程, Observer 可能是新手面试官来学习如何面试的, 并不是来观察流程是否需公平公正的.',
    'The on-site interview has 5 rounds in total, each with 1-2 interviewers, and an Observer watches the whole process from the side. The Observer is probably a new interviewer there to learn how to interview, not someone observing whether the process is fair and impartial.',
  ],
  ['考察的内容主要两个大方面', 'What is assessed falls into two main areas'],
  [
    'Leadership Principle Data points: 就是 Behavior Interview, 看你的做人做事, mindset, team player, leadership 等 soft skill',
    'Leadership Principle Data points: this is the Behavior Interview, which looks at how you conduct yourself and get things done: mindset, team player, leadership and other soft skills',
  ],
  [
    'Functional Data points: 技术面, 就是与具体职位密切相关的硬技术.',
    'Functional Data points: the technical interview, that is, the hard technical skills closely tied to the specific position.',
  ],
  ['其中 Leadership Principle 给了三个建议', 'For the Leadership Principles, three pieces of advice were given'],
  ['而 Functional 主要考察几个方面', 'The Functional part mainly assesses these aspects'],
  ['width, 技术广度, 看你的知识面', 'width, technical breadth: how wide your knowledge is'],
  [
    'depth, 技术深度, 看你在某几个方面的技术深度, 可能是根据此职位的需求考察职位相关技能, 也可能是你自己挑选你自己最擅长的技能',
    'depth, technical depth: how deep you go in a few areas; it may test skills tied to what this position needs, or skills you pick yourself as your strongest',
  ],
  [
    '这个职位是 Data Lab Architect, 那么会考察相关的 Data Modeling, Big Data Solution.',
    'This position is Data Lab Architect, so related Data Modeling and Big Data Solution will be assessed.',
  ],
  ['Leadership Principle 准备', 'Leadership Principle preparation'],
  ['技术广度准备', 'Technical breadth preparation'],
  ['技术深度准备', 'Technical depth preparation'],
  [
    '我有下面这些核心技术, 每一项的经验都达到了一个接近或超过 Senior Level 的深度.',
    'I have the following core technologies; my experience in each of them has reached a depth close to or beyond Senior Level.',
  ],
  [
    '如果单点测试, 根本测试不出来在数据网络连接状态下系统的行为. 如果联网测试, 错误的影响面太大了, 一旦出错, 影响范围太大. 所以我的方案是最 Balanced 的.',
    'If we tested at a single point, we could not see at all how the system behaves while the data network is connected. If we tested with everything connected, the blast radius of a mistake would be too large: once something goes wrong, the impact is too wide. So my approach is the most Balanced one.',
  ],
];

const CJK = /[\u3400-\u9fff]/;

export function expectedText(block: GuideBlock, locale: Locale): string {
  let text = normalizeSpace(correctNames(block.text)).replace(/:$/, '');
  if (locale === 'en') {
    for (const [chinese, english] of ENGLISH) text = text.replace(chinese, english);
    if (CJK.test(text)) throw new Error(`guide line ${block.line}: no English translation for "${text}"`);
  }
  return text;
}
