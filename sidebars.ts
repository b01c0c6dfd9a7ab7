import type { SidebarsConfig } from '@docusaurus/plugin-content-docs';

const sidebars: SidebarsConfig = {
  guide: [
    'overview',
    'leadership-principles',
    {
      type: 'category',
      label: 'Technical breadth',
      link: { type: 'doc', id: 'breadth/index' },
      items: [
        'breadth/data-engineering',
        'breadth/machine-learning',
        'breadth/cloud-architect',
        'breadth/microservice-architect',
        'breadth/software-development',
        'breadth/devops',
        'breadth/database-engineer',
      ],
    },
    {
      type: 'category',
      label: 'Technical depth',
      link: { type: 'doc', id: 'depth/index' },
      items: ['depth/microservices', 'depth/big-data', 'depth/machine-learning-applications'],
    },
    {
      type: 'category',
      label: 'STAR stories',
      link: { type: 'doc', id: 'stories/index' },
      items: ['stories/huron-data-platform', 'stories/capital-one-data-mesh', 'stories/firstgroup-dynamodb-data-lake'],
    },
    'to-prepare',
  ],
};

export default sidebars;
