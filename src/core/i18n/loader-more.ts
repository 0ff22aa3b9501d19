/** The loader's two strings in the languages other than English (see ./loader.ts). */
export const MORE: Record<string, readonly [error: string, retry: string]> = {
  hi: ['लोड नहीं हो सका। अपना इंटरनेट कनेक्शन जाँचें और फिर से कोशिश करें।', 'फिर से कोशिश करें'],
  bn: ['লোড করা যায়নি। আপনার ইন্টারনেট সংযোগ দেখে আবার চেষ্টা করুন।', 'আবার চেষ্টা করুন'],
  mr: ['लोड होऊ शकले नाही. तुमचे इंटरनेट कनेक्शन तपासा आणि पुन्हा प्रयत्न करा.', 'पुन्हा प्रयत्न करा'],
  ta: ['ஏற்ற முடியவில்லை. உங்கள் இணைய இணைப்பைச் சரிபார்த்து மீண்டும் முயலுங்கள்.', 'மீண்டும் முயலுங்கள்'],
  te: ['లోడ్ చేయడం సాధ్యం కాలేదు. మీ ఇంటర్నెట్ కనెక్షన్‌ను తనిఖీ చేసి మళ్లీ ప్రయత్నించండి.', 'మళ్లీ ప్రయత్నించండి'],
  ur: ['لوڈ نہیں ہو سکا۔ اپنا انٹرنیٹ کنکشن دیکھیں اور دوبارہ کوشش کریں۔', 'دوبارہ کوشش کریں'],
  es: ['No se pudo cargar. Compruebe su conexión y vuelva a intentarlo.', 'Volver a intentarlo'],
  pt: ['Não foi possível carregar. Verifique sua conexão e tente novamente.', 'Tentar novamente'],
  fr: ['Le chargement a échoué. Vérifiez votre connexion et réessayez.', 'Réessayer'],
  de: ['Laden fehlgeschlagen. Bitte prüfen Sie Ihre Verbindung und versuchen Sie es erneut.', 'Erneut versuchen'],
  ru: ['Не удалось загрузить. Проверьте подключение к интернету и повторите попытку.', 'Повторить'],
  id: ['Gagal memuat. Periksa koneksi Anda, lalu coba lagi.', 'Coba lagi'],
  ar: ['تعذّر التحميل. يُرجى التحقق من الاتصال وإعادة المحاولة.', 'إعادة المحاولة'],
};
