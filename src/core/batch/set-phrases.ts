// Set phrases (套话) that every 法治政府建设年度报告 repeats, year after year and body after body.
// Finding them in last year's report says nothing about copying: it is the genre. Written in
// Simplified characters with punctuation left out, as copied.ts compares sentences.

export const SET_PHRASES: readonly string[] = [
  '坚持以习近平新时代中国特色社会主义思想为指导',
  '深入学习贯彻习近平新时代中国特色社会主义思想',
  '深入学习贯彻习近平法治思想',
  '深入贯彻落实习近平法治思想',
  '全面贯彻落实习近平法治思想',
  '深入学习贯彻落实习近平法治思想',
  '习近平法治思想',
  '全面贯彻党的二十大精神',
  '全面贯彻落实党的二十大精神',
  '全面贯彻党的十九大和十九届历次全会精神',
  '全面贯彻落实党的十九大和十九届历次全会精神',
  '增强四个意识坚定四个自信做到两个维护',
  '深刻领悟两个确立的决定性意义',
  '全面依法治国新理念新思想新战略',
  '法治政府建设实施纲要20212025年',
  '法治政府建设实施纲要20152020年',
  '法治政府建设与责任落实督察工作规定',
  '党政主要负责人履行推进法治建设第一责任人职责',
  '现将有关情况报告如下',
  '现将工作情况报告如下',
  '与上级要求和群众期盼还有差距',
  '以人民为中心',
];
