/**
 * Behavioural questions per Leadership Principle, in the phrasings interviewers commonly use;
 * keyed by the principle ids of `docs/tags.yml` (the `lp-*` keys without the prefix).
 */
export interface PrincipleQuestions {
  readonly [principle: string]: readonly [string, string, ...string[]];
}

export const PRINCIPLE_QUESTIONS: PrincipleQuestions = {
  'customer-obsession': [
    'Tell me about a time you went above and beyond for a customer.',
    'Tell me about a time you had to deal with a difficult customer. What did you do?',
    'Give me an example of a time you used customer feedback to change what you were building.',
  ],
  ownership: [
    'Tell me about a time you took on something significant outside your area of responsibility.',
    'Tell me about a time you sacrificed a short-term result for long-term value.',
    'Tell me about a time you saw a problem no one owned and fixed it yourself.',
  ],
  'invent-and-simplify': [
    'Tell me about the most innovative thing you have built.',
    'Tell me about a time you found a simple solution to a complex problem.',
  ],
  'are-right-a-lot': [
    'Tell me about a time you made an important decision with incomplete information.',
    'Tell me about a time you were wrong. What did you learn from it?',
  ],
  'learn-and-be-curious': [
    'Tell me about a time you had to learn a new technology quickly to solve a problem.',
    'What is the most useful thing you have learned recently on your own, and how did you apply it?',
  ],
  'hire-and-develop-the-best': [
    'Tell me about a time you coached or mentored someone and helped them grow.',
    'Tell me about a time you raised the bar when hiring or building a team.',
  ],
  'insist-on-the-highest-standards': [
    'Tell me about a time you were not satisfied with the status quo and raised the bar.',
    'Tell me about a time you refused to compromise on quality despite pressure to ship.',
  ],
  'think-big': [
    'Tell me about a time you proposed a bold idea that went well beyond the original scope.',
    'Tell me about your most ambitious project. How did you get others to buy in?',
  ],
  'bias-for-action': [
    'Tell me about a time you had to act quickly without all the information you wanted.',
    'Tell me about a calculated risk you took under a tight deadline.',
  ],
  frugality: [
    'Tell me about a time you accomplished more with less.',
    'Tell me about a time you saved money or resources for your team or your customer.',
  ],
  'earn-trust': [
    'Tell me about a time you had to earn the trust of a skeptical stakeholder.',
    'Tell me about a time you admitted a mistake or delivered difficult feedback.',
  ],
  'dive-deep': [
    'Tell me about a time you dug into the details to find the root cause of a problem.',
    'Tell me about a time the data told a different story from what people believed.',
  ],
  'have-backbone-disagree-and-commit': [
    'Tell me about a time you strongly disagreed with your manager or a customer. What happened?',
    'Tell me about a time you committed to a decision you disagreed with.',
  ],
  'deliver-results': [
    'Tell me about a time you delivered an important project under a tight deadline.',
    'Tell me about a time you faced a significant obstacle to reaching a goal. How did you still deliver?',
  ],
  'strive-to-be-earths-best-employer': [
    'Tell me about a time you made your team a better or more inclusive place to work.',
    'Tell me about a time you helped a teammate who was struggling.',
  ],
  'success-and-scale-bring-broad-responsibility': [
    'Tell me about a time you weighed the wider impact of a decision beyond your own project.',
    'Tell me about a time you changed a plan because of its effect on people outside your team.',
  ],
};
