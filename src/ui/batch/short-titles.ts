// Column heads of the matrix: twenty-odd indicators must fit across a screen, so each gets a
// few characters and its full title goes in a tooltip. Titles are the rule set's own words (in
// its language), so the short forms are keyed by the built-in indicators' ids; a custom rule
// set's indicators are cut to length instead.

const SHORT: Record<string, string> = {
  'report-title-year': '标题年度',
  'measures-and-results': '举措成效',
  'shortcomings-and-causes': '不足原因',
  'first-responsibility': '第一责任人',
  'next-year-plan': '下年安排',
  'report-date': '成文日期',
  'study-xi-thought': '法治思想',
  'leadership-and-planning': '党的领导',
  'leaders-law-study': '领导学法',
  'government-functions': '政府职能',
  'normative-docs-review': '文件审核',
  'normative-docs-cleanup': '文件清理',
  'major-decisions': '重大决策',
  'legal-advisers': '法律顾问',
  'enforcement-three-systems': '执法三制',
  'enforcement-supervision': '执法监督',
  'enforcement-capacity': '执法队伍',
  'emergency-response': '应急处置',
  'admin-reconsideration': '行政复议',
  'admin-litigation': '行政应诉',
  'dispute-resolution': '纠纷化解',
  'public-legal-services': '法律服务',
  'supervision-accepted': '接受监督',
  'open-government': '政务公开',
  'digital-government': '数字政府',
  'law-popularization': '普法',
};

const MAX = 6;

export function shortTitle(id: string, title: string): string {
  return SHORT[id] ?? (title.length > MAX ? `${title.slice(0, MAX - 1)}…` : title);
}
