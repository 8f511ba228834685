// Every refusal the user can see, in one place, so the wording stays consistent: each message
// says what is wrong with the file and what to do about it.

import { ReadError, type ReadErrorCode } from '../document.ts';
import { MAX_FILE_BYTES, MAX_IMAGE_PIXELS, MAX_IMAGE_SIDE, MAX_SCAN_PAGES, megabytes } from './limits.ts';

const MESSAGES: Record<ReadErrorCode, string> = {
  'unsupported-type':
    '无法识别该文件的格式。请上传 .docx、.doc、.wps、.pdf、.ofd、网页（.html/.mht）或 .txt 格式的年度报告，或扫描图片（.png、.jpg、.tif）；其他格式请先在 Word 或 WPS 中打开，再“另存为”.docx 文件后重新上传。',
  'unsupported-ole':
    '这是旧版 Office 格式的文件，但不是 Word/WPS 文字文档（可能是 .xls 表格或 .ppt 演示文稿）。请上传年度报告本身（.doc、.docx、.wps、.pdf、.ofd 或网页）；如报告在这个文件里，请用 WPS 或 Office 打开后“另存为”.docx 再上传。',
  'encrypted-doc':
    '该 Word/WPS 文档设置了打开密码，无法读取。请在 Word 或 WPS 中用密码打开，取消密码后另存为 .docx 再上传，或改用报告的 PDF 版本。',
  'corrupt-doc':
    '该 Word/WPS 文档（.doc 或 .wps）已损坏或不完整，无法读取。请在 Word 或 WPS 中打开并“另存为”.docx 文件后上传；如果打不开，请重新下载或向报告提供方索取原文件。',
  'corrupt-ofd':
    '该 OFD 文件已损坏或不完整，无法读取。请用 OFD 阅读器（如数科、福昕 OFD 阅读器）打开确认，能打开的请另存为 PDF 后上传；打不开的，请重新下载或向报告提供方索取原文件。',
  'corrupt-web-page':
    '该网页文件（.html、.htm、.mht）中找不到可读的正文，可能已损坏或只保存了网页框架。请在浏览器中打开原网页，用“另存为 → 网页，全部”或“单个文件(.mht)”重新保存，或把正文复制到 .txt 文件后上传。',
  empty: '文件是空的，没有可检查的文字。请确认选择了正确的文件，或重新导出报告后再上传。',
  'corrupt-docx':
    '该 Word 文件已损坏或不完整，无法读取。请在 Word 或 WPS 中打开并重新“另存为”.docx 文件；如果打不开，请重新下载或向报告提供方索取原文件。',
  'corrupt-pdf':
    '该 PDF 文件已损坏或不完整，无法读取。请重新下载或重新导出 PDF 后再上传；也可以改用报告的 Word（.docx）版本。',
  'encrypted-pdf':
    '该 PDF 设置了打开密码，无法读取。请先用密码打开并另存为不加密的 PDF，或改用报告的 Word（.docx）版本。',
  'no-text-layer':
    '该 PDF 中没有可提取的文字，可能是扫描件或图片。请改用报告的 Word（.docx）版本或可复制文字的 PDF；如只有纸质扫描件，请先用 OCR 软件识别成文字后再上传。',
  'corrupt-image':
    '该图片文件已损坏或不完整，无法读取。请重新扫描或重新导出为 PNG、JPEG 或 TIFF 图片后再上传；也可以改用报告的 Word（.docx）或可复制文字的 PDF 版本。',
  'image-too-large': `图片尺寸过大（超过 ${MAX_IMAGE_PIXELS / 1_000_000} 百万像素，或一边超过 ${MAX_IMAGE_SIDE} 像素），为避免浏览器卡死，未解码即停止读取。扫描报告用 300 dpi 即可：请降低分辨率重新扫描或导出后再上传。`,
  'no-ocr':
    '这是扫描件或图片，需要文字识别（OCR）才能检查，而当前版本未包含文字识别功能。请使用带文字识别的版本（nianbao-check-ocr.html）或网站版，或改用报告的 Word（.docx）或可复制文字的 PDF 版本。',
  'too-large': `文件过大（超过 ${megabytes(MAX_FILE_BYTES)}），无法在浏览器中检查。年度报告通常只有几 MB，请确认选择了正确的文件，或删除其中的大图片后重新导出。`,
  'unknown-encoding':
    '无法识别该文本文件的编码，或者它并不是文本文件。请用记事本或 WPS 打开后另存为 UTF-8 编码的 .txt，或直接上传 .docx / .pdf 版本。',
  cancelled: '已取消读取文件。如需检查，请重新选择文件。',
};

/** A ReadError with the standard message, optionally replaced by a more specific one. */
export function readError(code: ReadErrorCode, message: string = MESSAGES[code]): ReadError {
  return new ReadError(code, message);
}

export const SPECIFIC = {
  zipNotDocx:
    '这是一个压缩包（zip/xlsx/pptx 等），不是 Word 文档或 OFD 文件。请上传 .docx、.doc、.pdf、.ofd 或 .txt 格式的年度报告；如果报告在压缩包里，请先解压再上传其中的文件。',
  worksDocument:
    '这是 Microsoft Works 文字处理文档（.wps），不是金山 WPS 文档，本工具无法读取。请用 WPS 或 Word 打开它并“另存为”.docx 再上传。',
  word95:
    '这是 Word 95 或更早版本的文档，本工具无法读取。请在 Word 或 WPS 中打开该文件，“另存为”.docx 格式后上传。',
  ofdBomb:
    '该 OFD 文件解压后体积异常巨大（可能是恶意构造的“压缩炸弹”），已停止读取。请确认文件来源，或用 OFD 阅读器打开后另存为 PDF 再上传。',
  ofdUndecodable:
    '该 OFD 文件的文字只以字形编号存储（字体无法解码），提取出来的是乱码。请用 OFD 阅读器打开后另存为 PDF（或复制正文到 .txt）再上传，或改用报告的 Word 版本。',
  ofdNoText:
    '该 OFD 文件中没有可提取的文字，可能是扫描件或图片。请改用报告的 Word 版本或可复制文字的 PDF。',
  scanNoText:
    '扫描件中没有识别出文字：图片可能是空白页、太模糊或不是文字材料。请确认扫描清晰（建议 300 dpi、黑白或灰度），或改用报告的 Word（.docx）或可复制文字的 PDF 版本。',
  tooManyScanPages: `扫描件超过 ${MAX_SCAN_PAGES} 页，逐页文字识别耗时过长，未予读取。请只上传年度报告本身，或改用报告的 Word（.docx）或可复制文字的 PDF 版本。`,
  mhtNoHtml:
    '该 .mht 网页文件中没有网页正文部分，可能已损坏或保存不完整。请在浏览器中重新打开原网页并保存，或把正文复制到 .txt 文件后上传。',
  zipBomb:
    '该 Word 文件解压后体积异常巨大（可能是恶意构造的“压缩炸弹”），已停止读取。请确认文件来源，或在 Word 中打开后重新另存为 .docx。',
  undecodableFont:
    '该 PDF 的文字使用了无法解码的字体，提取出来的是乱码。请改用报告的 Word（.docx）版本，或从原始文档重新导出 PDF（导出时勾选“嵌入字体”）。',
  emptyDocx: 'Word 文件中没有任何文字。请确认选择了正确的文件，或重新导出报告后再上传。',
  notAPdf:
    '文件名是 .pdf，但内容不是有效的 PDF：文件可能已损坏（如下载不完整），或是其他类型的文件被改成了 .pdf 扩展名。请先用 PDF 阅读器打开确认；打不开的，请重新下载或向报告提供方索取原文件，也可以改用报告的 Word（.docx）版本。',
  notADocx:
    '文件名是 .docx，但内容不是有效的 Word 文档：文件可能已损坏（如下载不完整），或是其他类型的文件被改成了 .docx 扩展名。请先在 Word 或 WPS 中打开确认，能打开的请重新“另存为”.docx；打不开的，请重新下载或向报告提供方索取原文件。',
};

export const WARNINGS = {
  noTextLayer: (page: number) => `第 ${page} 页没有可提取的文字（可能是扫描图片），该页内容不会被检查。`,
  recognisedFromImages: (pages: number, confidence: number) =>
    `本文件是扫描件（${pages} 页图片），文字由文字识别（OCR）得到，平均置信度 ${confidence}%。引用的原文可能有个别错字，请对照原件核实。`,
  recognisedPages: (pages: number[], confidence: number) =>
    `第 ${pages.join('、')} 页是扫描图片，其文字由文字识别（OCR）得到，平均置信度 ${confidence}%。引用这些页的原文可能有个别错字，请对照原件核实。`,
  blankScanPage: (page: number) => `第 ${page} 页图片中没有识别出文字（可能是空白页或图片太模糊），该页内容不会被检查。`,
  unreadablePage: (page: number) => `第 ${page} 页已损坏，无法读取，该页内容不会被检查。`,
  strayNuls: (count: number) =>
    `文件中有 ${count} 个空字符（NUL），多半是导出时出错；已去掉这些字符后检查。如个别文字缺失或错乱，请重新导出报告后再检查。`,
  garbledText: (page: number) => `第 ${page} 页的文字大部分是乱码（字体无法解码），该页的检查结果可能不准确。`,
};
