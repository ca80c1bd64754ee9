import { BantinError } from '../../domain/errors.ts';

/** The key was refused: the user must fix AZURE_SPEECH_KEY / AZURE_SPEECH_REGION. */
export function azureAuthError(detail: string, cause?: unknown): BantinError {
  return new BantinError(
    'speak',
    `Azure Speech từ chối khóa truy cập (${detail}). Hãy kiểm tra biến môi trường AZURE_SPEECH_KEY ` +
      `và AZURE_SPEECH_REGION (khóa và vùng phải thuộc cùng một tài nguyên Speech), hoặc bỏ trống để dùng giọng đọc ngoại tuyến.`,
    { cause },
  );
}

/** Azure rejected the request itself (bad SSML, unknown voice): retrying will not help. */
export function azureRequestError(voice: string, detail: string, cause?: unknown): BantinError {
  return new BantinError(
    'speak',
    `Azure Speech không đọc được đoạn văn bản với giọng "${voice}" (${detail}). Hãy kiểm tra tên giọng đọc trong cấu hình (ví dụ vi-VN-HoaiMyNeural).`,
    { cause },
  );
}

/** Every retry failed (throttling, outage, network). */
export function azureUnavailableError(detail: string, cause?: unknown): BantinError {
  return new BantinError('speak', `Azure Speech không phản hồi sau nhiều lần thử (${detail}). Hãy thử lại sau ít phút.`, { cause });
}
