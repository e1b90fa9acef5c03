/** One of the 17 Sustainable Development Goals. */
export interface SdgGoal {
  goal: number;
  title: string;
}

/** The 17 Sustainable Development Goals (UN General Assembly resolution A/RES/70/1), short official titles. */
export const SDG_GOALS: readonly SdgGoal[] = [
  { goal: 1, title: 'No poverty' },
  { goal: 2, title: 'Zero hunger' },
  { goal: 3, title: 'Good health and well-being' },
  { goal: 4, title: 'Quality education' },
  { goal: 5, title: 'Gender equality' },
  { goal: 6, title: 'Clean water and sanitation' },
  { goal: 7, title: 'Affordable and clean energy' },
  { goal: 8, title: 'Decent work and economic growth' },
  { goal: 9, title: 'Industry, innovation and infrastructure' },
  { goal: 10, title: 'Reduced inequalities' },
  { goal: 11, title: 'Sustainable cities and communities' },
  { goal: 12, title: 'Responsible consumption and production' },
  { goal: 13, title: 'Climate action' },
  { goal: 14, title: 'Life below water' },
  { goal: 15, title: 'Life on land' },
  { goal: 16, title: 'Peace, justice and strong institutions' },
  { goal: 17, title: 'Partnerships for the goals' },
];
