## lingua: cross-language resources (pinyin, simplified/traditional, bilingual names)
