/** Where each titled section of the author's guide is published on the site. */

/** Which page (route without leading slash; `index` is the home page) each section of the guide lives on. */
export const SECTION_ROUTES: Record<string, string> = {
  'AWS Principal Data Lab Architect': 'index',
  'Interview Prep Overview': 'overview',
  'Leadership Principal 准备': 'leadership-principles',
  技术广度准备: 'breadth',
  'Data Engineering': 'breadth/data-engineering',
  'Machine Learning and Data Analytics': 'breadth/machine-learning',
  'Cloud Architect': 'breadth/cloud-architect',
  'Microservice Architect': 'breadth/microservice-architect',
  'Software Development': 'breadth/software-development',
  DevOps: 'breadth/devops',
  'Database Engineer': 'breadth/database-engineer',
  技术深度准备: 'depth',
  'Microservices Architect in general and AWS best Practice': 'depth/microservices',
  'Big Data Architect Data Collection, Data Warehouse, BI': 'depth/big-data',
  'Machine Learning Powered Application': 'depth/machine-learning-applications',
  Story: 'stories',
  'Huron Consulting Group Data Platform Build Lab': 'stories/huron-data-platform',
  'Capital One Decentralized Data Access in Data Mesh Project': 'stories/capital-one-data-mesh',
  'FirstGroup Sync App DynamoDB to Data Lake for Analytics and Business Report':
    'stories/firstgroup-dynamodb-data-lake',
};

/** The route of the innermost mapped section enclosing a block of the guide. */
export function routeOfPath(path: readonly string[]): string | undefined {
  const section = [...path].reverse().find((title) => title in SECTION_ROUTES);
  return section === undefined ? undefined : SECTION_ROUTES[section];
}
