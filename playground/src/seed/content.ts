/**
 * Original, fictional Vietnamese sample content for the playground demo.
 * The outlet ("baotinhnam.vn"), the province ("Đắk Nguyên"), places, people and
 * figures are invented for demonstration purposes only.
 */

export type BylineRole = 'reporter' | 'editor' | 'photographer' | 'translator' | 'agency' | 'other';

export interface SeedByline {
  key: string;
  name: string;
  role: BylineRole;
  organization?: string;
  bio?: string;
  email?: string;
}

export interface SeedArticle {
  title: string;
  lead: string;
  paragraphs: string[];
  coverCaption?: string;
  bylines: string[];
  sourceCredit?: string;
  publish: boolean;
  commentsEnabled?: boolean;
}

export const SEED_BYLINES: SeedByline[] = [
  {
    key: 'minh-khoa',
    name: 'Minh Khoa',
    role: 'reporter',
    organization: 'Báo Tỉnh Nam – Ban Kinh tế nông nghiệp',
    bio: 'Phóng viên mảng nông nghiệp, nông thôn; hơn 10 năm bám địa bàn các xã vùng cà phê, sầu riêng.',
    email: 'minhkhoa@example.vn',
  },
  {
    key: 'thu-hien',
    name: 'Thu Hiền',
    role: 'reporter',
    organization: 'Báo Tỉnh Nam – Ban Văn hoá – Xã hội',
    bio: 'Theo dõi giáo dục, y tế và đời sống đồng bào dân tộc thiểu số ở các buôn làng.',
    email: 'thuhien@example.vn',
  },
  {
    key: 'duc-thang',
    name: 'Đức Thắng',
    role: 'reporter',
    organization: 'Báo Tỉnh Nam – Ban Thời sự',
    bio: 'Phụ trách giao thông, hạ tầng và thị trường giá cả; đoạt giải Báo chí tỉnh năm 2023.',
    email: 'ducthang@example.vn',
  },
  {
    key: 'ngoc-anh',
    name: 'Ngọc Ánh',
    role: 'reporter',
    organization: 'Báo Tỉnh Nam – Ban Thể thao – Đô thị',
    bio: 'Đưa tin bóng đá, thể thao phong trào và các hoạt động thanh niên ở thành phố Nguyên Sơn.',
    email: 'ngocanh@example.vn',
  },
  {
    key: 'quang-vu',
    name: 'Quang Vũ',
    role: 'photographer',
    organization: 'Báo Tỉnh Nam – Phòng Ảnh – Đồ hoạ',
    bio: 'Phóng viên ảnh, hơn 15 năm ghi lại nhịp sống đại ngàn và lễ hội buôn làng qua ống kính.',
    email: 'quangvu@example.vn',
  },
  {
    key: 'hoang-yen',
    name: 'Hoàng Yến',
    role: 'editor',
    organization: 'Báo Tỉnh Nam – Ban Biên tập',
    bio: 'Biên tập viên trực trang nhất, duyệt tin bài thời sự và chuyên đề cuối tuần.',
    email: 'hoangyen@example.vn',
  },
  {
    key: 'hang-tin-phuong-nam',
    name: 'Hãng tin Phương Nam',
    role: 'agency',
    organization: 'Hãng tin Phương Nam (PNA)',
    bio: 'Hãng thông tấn cung cấp tin, ảnh thời sự trong nước cho các cơ quan báo chí địa phương.',
    email: 'tinbai@example.vn',
  },
];

export const SEED_ARTICLES: SeedArticle[] = [
  {
    title: 'Giá cà phê vượt 120.000 ₫/kg, nông dân Đắk Nguyên phấn khởi vào vụ thu hoạch',
    lead: '(baotinhnam.vn) – Sáng 14/10, giá cà phê nhân xô tại các đại lý trên địa bàn tỉnh Đắk Nguyên dao động từ 118.000 đến 121.500 ₫/kg, tăng khoảng 4% so với tuần trước. Mức giá cao giúp nhiều nông hộ yên tâm đầu tư cho vụ thu hoạch mới.',
    paragraphs: [
      'Theo ghi nhận tại xã Ea Tơ, nhiều đại lý đã treo bảng giá mới từ đầu giờ sáng. Ông Y Bhăm Niê, chủ vườn cà phê rộng 2,5 ha, cho biết gia đình dự kiến thu khoảng 9 tấn nhân trong năm nay. “Giá thế này thì bà con đỡ lo tiền phân bón, tiền công hái”, ông nói.',
      'Sở Nông nghiệp và Môi trường tỉnh cho biết, toàn tỉnh hiện có hơn 210.000 ha cà phê, trong đó khoảng 38.000 ha đã được tái canh giai đoạn 2020-2025. Năng suất bình quân ước đạt 2,9 tấn/ha, cao hơn niên vụ trước nhờ thời tiết thuận lợi lúc cây ra hoa.',
      'Tuy vậy, ngành chức năng khuyến cáo người dân không thu hái quả xanh để chạy theo giá. Cà phê hái non làm giảm chất lượng hạt, ảnh hưởng đến uy tín thương hiệu cà phê địa phương trên thị trường xuất khẩu.',
      'Một số doanh nghiệp chế biến đã ký hợp đồng bao tiêu với các hợp tác xã, cam kết thu mua theo giá thị trường cộng thêm 2.000 ₫/kg cho lô hàng có tỷ lệ quả chín trên 95%. Đây được xem là động lực để nông dân chuyển dần sang sản xuất bền vững.',
    ],
    coverCaption: 'Nông dân xã Ea Tơ phơi cà phê trên sân xi măng trong những ngày nắng đầu vụ.',
    bylines: ['minh-khoa', 'duc-thang'],
    publish: true,
    commentsEnabled: true,
  },
  {
    title: 'Nông nghiệp & Môi trường: Vườn sầu riêng hữu cơ giúp nhiều hộ tăng thu nhập',
    lead: '(baotinhnam.vn) – Chuyển từ canh tác truyền thống sang hướng hữu cơ, nhiều hộ trồng sầu riêng ở phía nam tỉnh Đắk Nguyên không chỉ giảm chi phí phân bón mà còn bán được giá cao hơn 15-20%.',
    paragraphs: [
      'Vườn sầu riêng hơn 400 cây của chị Hà Thị Lương ở xã Cư Đăng từng phải dùng lượng lớn phân hoá học mỗi năm. Từ năm 2022, chị chuyển sang ủ phân từ vỏ cà phê, phân chuồng và chế phẩm vi sinh. Sau hai vụ, đất tơi xốp hơn, cây ít rụng trái non và trái đạt độ đồng đều cao.',
      'Theo Trung tâm Khuyến nông tỉnh, diện tích sầu riêng canh tác theo hướng hữu cơ hoặc VietGAP hiện đạt khoảng 4.200 ha. Hơn 60 mã số vùng trồng đã được cấp, tạo điều kiện để trái sầu riêng của tỉnh vào các thị trường khó tính.',
      'Điểm nghẽn lớn nhất hiện nay là chi phí chứng nhận và khâu truy xuất nguồn gốc. Nhiều hộ nhỏ lẻ chưa đủ điều kiện tự làm hồ sơ nên phải liên kết qua hợp tác xã. Ngành nông nghiệp đề xuất hỗ trợ một phần kinh phí chứng nhận trong giai đoạn 2026-2030.',
    ],
    coverCaption: 'Chị Hà Thị Lương kiểm tra trái sầu riêng trong vườn canh tác hữu cơ ở xã Cư Đăng.',
    bylines: ['minh-khoa', 'quang-vu'],
    publish: true,
    commentsEnabled: true,
  },
  {
    title: 'Lũ lên nhanh trên sông Krông Lin, hơn 1.500 hộ dân được sơ tán khẩn cấp',
    lead: '(baotinhnam.vn) – Do mưa lớn kéo dài từ đêm 2/11, mực nước sông Krông Lin đoạn qua các xã phía đông tỉnh Đắk Nguyên dâng nhanh, vượt báo động 3 khoảng 0,6 m. Chính quyền địa phương đã sơ tán hơn 1.500 hộ dân đến nơi an toàn.',
    paragraphs: [
      'Tại xã Ea Hơ, nước lũ tràn qua nhiều tuyến đường liên thôn, có nơi sâu hơn 1 m. Lực lượng công an, quân sự và đoàn viên thanh niên dùng ghe, xuồng đưa người già, trẻ em đến trường học và nhà văn hoá cộng đồng trên vùng đất cao.',
      'Ban Chỉ huy Phòng thủ dân sự tỉnh cho biết, lượng mưa trong 24 giờ tại một số trạm đo vượt 250 mm. Khoảng 3.200 ha lúa và hoa màu bị ngập, nhiều ao cá có nguy cơ mất trắng. Hiện chưa ghi nhận thiệt hại về người.',
      'Nhà máy thuỷ điện Krông Lin đã điều tiết giảm lưu lượng xả để hỗ trợ vùng hạ du. Đài Khí tượng thuỷ văn tỉnh dự báo mưa còn kéo dài đến hết ngày 4/11; người dân tuyệt đối không qua lại các ngầm, tràn khi nước đang chảy xiết.',
      'Các điểm sơ tán đã được bố trí mì tôm, nước uống, thuốc men và chăn màn. Uỷ ban nhân dân tỉnh yêu cầu các địa phương không để người dân nào bị đói, rét trong thời gian chờ nước rút.',
    ],
    coverCaption: 'Lực lượng chức năng dùng xuồng đưa người dân xã Ea Hơ ra khỏi vùng ngập.',
    bylines: ['thu-hien', 'duc-thang'],
    publish: true,
    commentsEnabled: false,
  },
  {
    title: 'Ngày 18/9 khai mạc Lễ hội Cồng chiêng Đắk Nguyên lần thứ V',
    lead: '(baotinhnam.vn) – Lễ hội Cồng chiêng tỉnh Đắk Nguyên lần thứ V diễn ra từ ngày 18/9 đến 21/9 tại quảng trường trung tâm thành phố Nguyên Sơn, với sự tham gia của hơn 30 đội nghệ nhân đến từ các buôn làng trong tỉnh.',
    paragraphs: [
      'Theo Ban tổ chức, lễ hội năm nay có chủ đề “Âm vang đại ngàn”, gồm diễn tấu cồng chiêng, tái hiện lễ mừng lúa mới, thi dệt thổ cẩm và trình diễn ẩm thực truyền thống. Điểm nhấn là đêm khai mạc với màn hoà tấu của 500 nghệ nhân quanh đống lửa thiêng.',
      'Nghệ nhân Y Khuê, 72 tuổi, người dành gần trọn đời truyền dạy cồng chiêng cho lớp trẻ, cho biết đội của buôn ông đã tập luyện suốt hai tháng. “Tiếng chiêng là tiếng nói của ông bà. Còn người đánh chiêng thì buôn làng còn giữ được hồn”, ông chia sẻ.',
      'Bên cạnh phần lễ, nhiều gian hàng giới thiệu sản phẩm OCOP như cà phê, mật ong, rượu cần và đồ thủ công mỹ nghệ được bố trí dọc các tuyến phố chính. Ban tổ chức dự kiến đón khoảng 50.000 lượt khách trong bốn ngày diễn ra lễ hội.',
    ],
    coverCaption: 'Các nghệ nhân buôn Ea Sô tập luyện chuẩn bị cho đêm khai mạc lễ hội.',
    bylines: ['thu-hien', 'quang-vu'],
    publish: true,
    commentsEnabled: true,
  },
  {
    title: 'Q&A tuyển sinh lớp 10 năm học 2026-2027: Những điều phụ huynh cần biết',
    lead: '(baotinhnam.vn) – Sở Giáo dục và Đào tạo tỉnh Đắk Nguyên vừa công bố phương án tuyển sinh lớp 10 năm học 2026-2027. Báo Tỉnh Nam tổng hợp một số câu hỏi thường gặp của phụ huynh và học sinh.',
    paragraphs: [
      'Hỏi: Năm nay thi mấy môn? Đáp: Thí sinh dự thi ba môn gồm Ngữ văn, Toán và Ngoại ngữ, mỗi môn chấm theo thang điểm 10. Điểm xét tuyển là tổng điểm ba bài thi cộng điểm ưu tiên, khuyến khích nếu có.',
      'Hỏi: Chỉ tiêu vào các trường công lập là bao nhiêu? Đáp: Toàn tỉnh dự kiến tuyển khoảng 24.500 học sinh vào lớp 10 công lập, đáp ứng gần 75% số học sinh tốt nghiệp trung học cơ sở. Số còn lại được định hướng vào trường tư thục và các trung tâm giáo dục nghề nghiệp – giáo dục thường xuyên.',
      'Hỏi: Học sinh được đăng ký bao nhiêu nguyện vọng? Đáp: Mỗi học sinh được đăng ký tối đa hai nguyện vọng vào trường công lập, không tính nguyện vọng vào trường chuyên. Việc đăng ký thực hiện trực tuyến từ ngày 5/5 đến 15/5.',
      'Hỏi: Lịch thi chính thức khi nào? Đáp: Kỳ thi dự kiến diễn ra trong hai ngày 3 và 4/6. Phụ huynh nên theo dõi cổng thông tin điện tử của Sở để kịp thời cập nhật mọi điều chỉnh.',
    ],
    bylines: ['thu-hien', 'minh-khoa'],
    publish: true,
    commentsEnabled: true,
  },
  {
    title: 'Giữ sức khoẻ mùa mưa: Cảnh giác với sốt xuất huyết ở trẻ nhỏ',
    lead: '(baotinhnam.vn) – Từ đầu năm đến nay, tỉnh Đắk Nguyên ghi nhận hơn 1.900 ca mắc sốt xuất huyết, tăng gần gấp đôi so với cùng kỳ năm trước. Trẻ em dưới 15 tuổi chiếm khoảng 40% số ca phải nhập viện.',
    paragraphs: [
      'Tại Khoa Nhi, Bệnh viện Đa khoa tỉnh, những ngày này luôn có từ 25 đến 30 bệnh nhi điều trị sốt xuất huyết. Bác sĩ Trần Thị Thuỷ, trưởng khoa, cho biết nhiều trẻ được đưa đến muộn khi đã có dấu hiệu cảnh báo như đau bụng, nôn nhiều hoặc chảy máu cam.',
      'Theo bác sĩ Thuỷ, phụ huynh tuyệt đối không tự ý truyền dịch hay cho trẻ dùng thuốc hạ sốt có chứa aspirin. Khi trẻ sốt cao liên tục từ hai ngày trở lên, gia đình cần đưa trẻ đến cơ sở y tế để được xét nghiệm và theo dõi.',
      'Trung tâm Kiểm soát bệnh tật tỉnh đang phối hợp với các xã, phường diệt lăng quăng và phun hoá chất tại những ổ dịch. Người dân được khuyến cáo đậy kín dụng cụ chứa nước, thả cá bảy màu vào bể và cho trẻ ngủ màn kể cả ban ngày.',
    ],
    coverCaption: 'Bác sĩ Khoa Nhi thăm khám cho một bệnh nhi mắc sốt xuất huyết.',
    bylines: ['thu-hien'],
    publish: true,
    commentsEnabled: true,
  },
  {
    title: 'CPI tháng 8 tăng 2,5%, giá thịt heo và rau xanh leo thang',
    lead: '(baotinhnam.vn) – Theo Thống kê tỉnh Đắk Nguyên, chỉ số giá tiêu dùng (CPI) tháng 8 tăng 2,5% so với cùng kỳ năm trước, trong đó nhóm hàng ăn và dịch vụ ăn uống tăng mạnh nhất.',
    paragraphs: [
      'Khảo sát tại chợ trung tâm thành phố Nguyên Sơn sáng 28/8, giá thịt heo nạc dao động từ 135.000 đến 145.000 ₫/kg, tăng khoảng 10.000 ₫ so với đầu tháng. Các loại rau ăn lá như cải ngọt, rau muống tăng 20-30% do mưa nhiều khiến nguồn cung giảm.',
      'Bà Lê Thị Hoà, tiểu thương bán rau lâu năm, cho biết lượng khách mua giảm rõ rệt. “Giá nhập vào cao nên tôi cũng phải bán cao, nhiều người chỉ mua một nửa so với trước”, bà nói.',
      'Ở chiều ngược lại, giá xăng dầu giảm nhẹ sau các kỳ điều hành gần đây đã giúp kéo chi phí vận tải đi xuống. Cơ quan thống kê dự báo CPI các tháng cuối năm sẽ ổn định hơn khi rau vụ mới vào thu hoạch.',
      'Sở Công Thương tỉnh đã yêu cầu các đơn vị tham gia bình ổn giá tăng dự trữ hàng hoá thiết yếu. Lực lượng quản lý thị trường cũng tăng cường kiểm tra việc niêm yết giá tại các chợ và cửa hàng tiện lợi.',
    ],
    bylines: ['duc-thang'],
    publish: true,
    commentsEnabled: true,
  },
  {
    title: '“Xuống cảng chỉ còn 2 giờ”: Cao tốc Nguyên Sơn – Duyên Hải thông xe đoạn đầu tiên',
    lead: '(baotinhnam.vn) – Sáng 30/4, đoạn đầu tiên dài 42 km của tuyến cao tốc Nguyên Sơn – Duyên Hải chính thức thông xe, rút ngắn thời gian đi từ trung tâm tỉnh Đắk Nguyên xuống cảng biển còn khoảng 2 giờ.',
    paragraphs: [
      'Dự án có tổng chiều dài 118 km, tổng mức đầu tư hơn 21.000 tỷ ₫, được chia thành ba đoạn thi công trong giai đoạn 2023-2026. Đoạn vừa thông xe có quy mô 4 làn xe, vận tốc thiết kế 100 km/h với 3 nút giao liên thông quốc lộ.',
      'Anh Y Thuận, tài xế xe tải chở nông sản, cho biết trước đây mỗi chuyến xuống cảng mất gần 5 giờ, phải vượt nhiều đoạn đèo quanh co. “Giờ xuống cảng chỉ còn 2 giờ, xe chạy êm, hàng đến sớm mà tiền dầu cũng đỡ”, anh nói.',
      'Ban Quản lý dự án giao thông tỉnh cho biết hai đoạn còn lại đã đạt khoảng 68% khối lượng. Khó khăn lớn nhất hiện nay là nguồn đất đắp nền và 12 hộ dân chưa nhận tiền bồi thường giải phóng mặt bằng.',
    ],
    coverCaption: 'Dòng xe đầu tiên lưu thông trên đoạn cao tốc vừa thông xe.',
    bylines: ['duc-thang', 'quang-vu'],
    publish: true,
    commentsEnabled: true,
  },
  {
    title: 'Đắk Nguyên FC giành vé thăng hạng sau trận hoà kịch tính 2-2',
    lead: '(baotinhnam.vn) – Chiều 15/6, trên sân vận động Nguyên Sơn, đội bóng đá Đắk Nguyên cầm hoà đối thủ trực tiếp 2-2 ở vòng đấu cuối, qua đó chính thức giành vé thăng hạng Nhất quốc gia.',
    paragraphs: [
      'Bước vào trận đấu chỉ cần một kết quả hoà, đội chủ nhà chơi thận trọng trong hiệp một và bất ngờ để thủng lưới ở phút 38. Sau giờ nghỉ, tiền đạo Y Đức Êban liên tiếp ghi hai bàn ở các phút 52 và 67, giúp đội nhà vượt lên dẫn trước.',
      'Những phút cuối, đội khách dồn lên tấn công và gỡ hoà 2-2 từ một tình huống phạt góc. Dù vậy, hàng thủ Đắk Nguyên đã đứng vững trước sức ép, bảo toàn kết quả trong sự cổ vũ cuồng nhiệt của gần 12.000 khán giả.',
      'Huấn luyện viên trưởng Nguyễn Văn Hưng cho biết thành công này là trái ngọt sau ba mùa giải kiên trì xây dựng lực lượng trẻ. Ban lãnh đạo câu lạc bộ dự kiến bổ sung 5-6 cầu thủ giàu kinh nghiệm để chuẩn bị cho mùa giải mới.',
    ],
    coverCaption: 'Các cầu thủ Đắk Nguyên ăn mừng cùng khán giả sau tiếng còi mãn cuộc.',
    bylines: ['ngoc-anh'],
    publish: true,
    commentsEnabled: true,
  },
  {
    title: 'Bão số 5 mạnh cấp 12, Tây Nguyên khẩn trương ứng phó mưa lớn',
    lead: '(baotinhnam.vn) – Chiều 24/9, bão số 5 đã mạnh lên cấp 12, giật cấp 15 và đang di chuyển nhanh theo hướng Tây. Cơ quan khí tượng dự báo bão ảnh hưởng trực tiếp đất liền các tỉnh miền Trung trong 48 giờ tới.',
    paragraphs: [
      'Lúc 16 giờ, tâm bão cách bờ biển các tỉnh Nam Trung Bộ khoảng 450 km. Do ảnh hưởng của hoàn lưu bão, từ đêm 25/9, khu vực Tây Nguyên có mưa to đến rất to, lượng mưa phổ biến 150-300 mm, có nơi trên 400 mm.',
      'Các địa phương được yêu cầu kêu gọi tàu thuyền vào nơi tránh trú, kiểm tra hồ đập và sẵn sàng phương án sơ tán dân ở vùng trũng thấp, ven sông suối. Nguy cơ lũ quét, sạt lở đất ở vùng núi được cảnh báo ở mức cao.',
      'Tại Đắk Nguyên, Uỷ ban nhân dân tỉnh đã ban hành công điện khẩn, yêu cầu các sở, ngành và địa phương trực ban 24/24 giờ. Các trường học được chủ động cho học sinh nghỉ nếu mưa lớn gây nguy hiểm trên đường đến trường.',
    ],
    bylines: ['hang-tin-phuong-nam'],
    sourceCredit: 'Theo Hãng tin Phương Nam',
    publish: true,
    commentsEnabled: false,
  },
  {
    title: 'Công bố Quy hoạch tỉnh Đắk Nguyên thời kỳ 2021-2030, tầm nhìn đến năm 2050',
    lead: '(baotinhnam.vn) – Sáng 1/12, tỉnh Đắk Nguyên tổ chức hội nghị công bố Quy hoạch tỉnh thời kỳ 2021-2030, tầm nhìn đến năm 2050, xác định mục tiêu trở thành trung tâm nông nghiệp công nghệ cao và chế biến nông sản của vùng.',
    paragraphs: [
      'Theo quy hoạch, tỉnh phấn đấu đạt tốc độ tăng trưởng kinh tế bình quân 8-8,5%/năm trong giai đoạn 2021-2030. Đến năm 2030, thu nhập bình quân đầu người dự kiến đạt khoảng 120 triệu ₫/năm, tỷ lệ đô thị hoá trên 40%.',
      'Không gian phát triển được tổ chức theo ba vùng: đô thị trung tâm, nông nghiệp công nghệ cao phía nam và bảo tồn rừng gắn với du lịch sinh thái phía đông. Trục cao tốc Nguyên Sơn – Duyên Hải giữ vai trò xương sống, kết nối tỉnh với cảng biển.',
      'Phát biểu tại hội nghị, lãnh đạo tỉnh nhấn mạnh quy hoạch chỉ thực sự đi vào cuộc sống khi được cụ thể hoá bằng các dự án đầu tư. Tỉnh cam kết cải thiện môi trường kinh doanh, rút ngắn thời gian giải quyết thủ tục để thu hút nhà đầu tư.',
    ],
    coverCaption: 'Quang cảnh hội nghị công bố Quy hoạch tỉnh (bài cấm đăng trước 9 giờ ngày 1/12).',
    bylines: ['duc-thang', 'minh-khoa'],
    publish: false,
    commentsEnabled: false,
  },
  {
    title: 'Hồ thuỷ điện Krông Lin: Người dân tái định cư mong sớm có đất sản xuất',
    lead: '(baotinhnam.vn) – Hơn 10 năm sau khi nhường đất cho công trình thuỷ điện Krông Lin, nhiều hộ dân ở khu tái định cư Ea Rớt vẫn chưa có đủ đất sản xuất, cuộc sống còn nhiều khó khăn.',
    paragraphs: [
      "Khu tái định cư được xây dựng từ năm 2013 với 286 hộ, chủ yếu là đồng bào Ê Đê và M'nông. Theo phương án ban đầu, mỗi hộ được giao 1 ha đất sản xuất, nhưng đến nay mới khoảng một nửa số hộ nhận đủ diện tích.",
      'Gia đình ông Y Bơ Mlô có 7 nhân khẩu nhưng chỉ được giao 0,4 ha đất đồi dốc, bạc màu. “Trồng bắp thì được mùa mất mùa thất thường, nhiều tháng phải đi làm thuê ở xã khác”, ông kể.',
      'Đại diện Uỷ ban nhân dân xã cho biết địa phương đã rà soát quỹ đất và đề xuất thu hồi khoảng 120 ha đất của một công ty lâm nghiệp sử dụng kém hiệu quả để giao cho dân. Tuy nhiên, thủ tục chuyển đổi mục đích sử dụng đất vẫn còn kéo dài.',
    ],
    bylines: ['thu-hien', 'minh-khoa'],
    publish: false,
    commentsEnabled: false,
  },
  {
    title: 'Chương trình "Ngày Chủ nhật xanh": Học sinh Nguyên Sơn ra quân làm sạch bờ suối',
    lead: '(baotinhnam.vn) – Sáng Chủ nhật 12/10, hơn 2.000 học sinh, đoàn viên thanh niên thành phố Nguyên Sơn đồng loạt thu gom rác dọc suối Ea Nao, mở đầu chương trình "Ngày Chủ nhật xanh" năm học 2025-2026.',
    paragraphs: [
      'Chỉ trong buổi sáng, các đội tình nguyện đã thu gom khoảng 8 tấn rác, chủ yếu là túi ni lông, chai nhựa và phế thải xây dựng. Nhiều đoạn bờ suối từng bị lấn chiếm, đổ trộm rác nay đã thông thoáng trở lại.',
      'Em Nguyễn Ngọc Bảo Trâm, học sinh lớp 11, cho biết đây là lần đầu em tham gia dọn rác ven suối. “Em không nghĩ một đoạn suối ngắn lại có nhiều rác như vậy. Mỗi người bớt xả một chiếc túi ni lông là suối sẽ sạch hơn”, Trâm nói.',
      'Thành đoàn Nguyên Sơn cho biết chương trình sẽ được duy trì vào Chủ nhật cuối cùng của mỗi tháng. Ngoài dọn rác, các trường còn trồng cây xanh và hướng dẫn người dân sống ven suối phân loại rác tại nguồn.',
    ],
    coverCaption: 'Học sinh thu gom rác thải dọc bờ suối Ea Nao.',
    bylines: ['ngoc-anh', 'quang-vu'],
    publish: false,
    commentsEnabled: true,
  },
];

/** Sections (the host app's own `api::section.section`): the articles each lists, by title prefix. */
export interface SeedSection {
  name: string;
  description: string;
  /** Start of the title of each article listed; the first is the section's featured article. */
  articles: string[];
}

export const SEED_SECTIONS: SeedSection[] = [
  {
    name: 'Kinh tế',
    description: 'Giá cả, sản xuất, hạ tầng và quy hoạch của tỉnh.',
    articles: ['Giá cà phê vượt', 'CPI tháng 8', '“Xuống cảng chỉ còn 2 giờ”', 'Công bố Quy hoạch tỉnh'],
  },
  {
    name: 'Xã hội',
    description: 'Thiên tai, giáo dục, sức khoẻ và đời sống người dân.',
    articles: ['Lũ lên nhanh', 'Bão số 5', 'Q&A tuyển sinh', 'Giữ sức khoẻ mùa mưa', 'Chương trình "Ngày Chủ nhật xanh"'],
  },
  {
    name: 'Văn hoá – Thể thao',
    description: 'Lễ hội, nghệ thuật và thể thao địa phương.',
    articles: ['Ngày 18/9 khai mạc Lễ hội', 'Đắk Nguyên FC'],
  },
];

/**
 * Reader comments under some published articles: every moderation status, replies nested two
 * levels deep, and editors' replies (`staff`: written by the demo admin from the moderation page).
 * Original, fictional text; the people and addresses are invented (example.vn).
 */
export type SeedCommentStatus = 'pending' | 'approved' | 'rejected' | 'spam';

export interface SeedComment {
  /** Stable name inside the seed, for replies to point at. */
  key: string;
  /** Start of the title of the (published) article it is under. */
  article: string;
  /** Key of the comment it answers. */
  parent?: string;
  /** A reader's name and email; a staff reply takes both from the demo admin. */
  authorName?: string;
  authorEmail?: string;
  staff?: boolean;
  content: string;
  status: SeedCommentStatus;
}

const COFFEE = 'Giá cà phê vượt';
const ADMISSIONS = 'Q&A tuyển sinh';
const DENGUE = 'Giữ sức khoẻ mùa mưa';
const FOOTBALL = 'Đắk Nguyên FC';

/** In order: a parent always comes before its replies. */
export const SEED_COMMENTS: SeedComment[] = [
  {
    key: 'cafe-loc',
    article: COFFEE,
    authorName: 'Trần Văn Lộc',
    authorEmail: 'tranvanloc@example.vn',
    content:
      'Nhà tôi ở Ea Tơ, năm nay hái sớm hơn mọi năm chừng một tuần. Giá thế này bà con mừng lắm, chỉ mong đừng mưa trái mùa đúng lúc đang phơi.',
    status: 'approved',
  },
  {
    key: 'cafe-son',
    article: COFFEE,
    parent: 'cafe-loc',
    authorName: 'Y Sơn Kbuôr',
    authorEmail: 'ysonkbuor@example.vn',
    content: 'Đúng đó anh, mưa lúc phơi là hạt lên mốc, bán mất giá liền. Năm nay nhà em dựng thêm cái nhà phơi lợp tấm nhựa, đỡ lo hẳn.',
    status: 'approved',
  },
  {
    key: 'cafe-loc-2',
    article: COFFEE,
    parent: 'cafe-son',
    authorName: 'Trần Văn Lộc',
    authorEmail: 'tranvanloc@example.vn',
    content: 'Nhà phơi như vậy tốn chừng bao nhiêu tiền em? Anh cũng tính làm một cái nhỏ cỡ 200 m² cho kịp vụ này.',
    status: 'approved',
  },
  {
    key: 'cafe-staff',
    article: COFFEE,
    parent: 'cafe-loc',
    staff: true,
    content: 'Cảm ơn anh Lộc đã chia sẻ. Số cuối tuần này, Báo Tỉnh Nam có bài riêng về cách phơi, sấy cà phê sau thu hoạch để giữ chất lượng hạt.',
    status: 'approved',
  },
  {
    key: 'cafe-mai',
    article: COFFEE,
    authorName: 'Phạm Thị Mai',
    authorEmail: 'phamthimai@example.vn',
    content:
      'Bài nói trúng chuyện hái xanh. Thương lái mua xô thì ai cũng hái cho nhanh; muốn bỏ thói quen đó phải có giá riêng cho hàng chín đều, như mấy hợp tác xã đang làm.',
    status: 'approved',
  },
  {
    key: 'cafe-tam',
    article: COFFEE,
    authorName: 'Nguyễn Hữu Tâm',
    authorEmail: 'nguyenhuutam@example.vn',
    content: 'Cho hỏi giá ở xã Cư Đăng hôm nay bao nhiêu vậy báo? Bài mới ghi giá các đại lý ở Ea Tơ.',
    status: 'pending',
  },
  {
    key: 'cafe-spam',
    article: COFFEE,
    authorName: 'Đại lý Phát Tài',
    authorEmail: 'daily.phattai@example.vn',
    content:
      'THU MUA CÀ PHÊ GIÁ CAO NHẤT, hơn mọi nơi 5.000đ/kg!!! Liên hệ ngay http://caphe-giacao.example.com hoặc http://thumua24h.example.net để được báo giá.',
    status: 'spam',
  },
  {
    key: 'ts-ha',
    article: ADMISSIONS,
    authorName: 'Lê Thu Hà',
    authorEmail: 'lethuha@example.vn',
    content: 'Con tôi đang học lớp 9. Xin hỏi nếu đăng ký thi trường chuyên thì có bị mất một trong hai nguyện vọng vào trường công lập không?',
    status: 'approved',
  },
  {
    key: 'ts-staff',
    article: ADMISSIONS,
    parent: 'ts-ha',
    staff: true,
    content:
      'Chào chị Hà, theo phương án của Sở, nguyện vọng vào trường chuyên được tính riêng. Học sinh vẫn giữ đủ hai nguyện vọng vào trường công lập không chuyên.',
    status: 'approved',
  },
  {
    key: 'ts-duc',
    article: ADMISSIONS,
    parent: 'ts-ha',
    authorName: 'Hoàng Minh Đức',
    authorEmail: 'hoangminhduc@example.vn',
    content: 'Nhà tôi cũng đang băn khoăn đúng chuyện này, cảm ơn chị đã hỏi giúp.',
    status: 'pending',
  },
  {
    key: 'ts-huy',
    article: ADMISSIONS,
    authorName: 'Đỗ Quang Huy',
    authorEmail: 'doquanghuy@example.vn',
    content: 'Chỉ tiêu 75% nghĩa là vẫn còn vài nghìn em không vào được công lập. Mong tỉnh mở thêm lớp ở các xã vùng sâu, vùng xa.',
    status: 'approved',
  },
  {
    key: 'ts-rude',
    article: ADMISSIONS,
    authorName: 'Người qua đường',
    authorEmail: 'nguoiquaduong@example.vn',
    content: 'Toàn một lũ ăn hại, ngồi văn phòng nghĩ ra đủ trò để hành học sinh!',
    status: 'rejected',
  },
  {
    key: 'sk-ngoc',
    article: DENGUE,
    authorName: 'Vũ Thị Ngọc',
    authorEmail: 'vuthingoc@example.vn',
    content:
      'Con tôi vừa khỏi sốt xuất huyết tuần trước. Đúng như bác sĩ nói, lúc bé hạ sốt lại là lúc phải theo dõi kỹ nhất, phụ huynh đừng chủ quan.',
    status: 'approved',
  },
  {
    key: 'sk-khanh',
    article: DENGUE,
    parent: 'sk-ngoc',
    authorName: 'Bùi Văn Khánh',
    authorEmail: 'buivankhanh@example.vn',
    content: 'Chúc bé mau khoẻ. Chị cho hỏi bé phải nằm viện mấy ngày ạ?',
    status: 'approved',
  },
  {
    key: 'sk-ngoc-2',
    article: DENGUE,
    parent: 'sk-khanh',
    authorName: 'Vũ Thị Ngọc',
    authorEmail: 'vuthingoc@example.vn',
    content: 'Bé nằm viện năm ngày anh ạ. May mà đưa đi khám sớm nên chỉ phải theo dõi, không có biến chứng gì.',
    status: 'approved',
  },
  {
    key: 'sk-quan',
    article: DENGUE,
    authorName: 'Tạ Minh Quân',
    authorEmail: 'taminhquan@example.vn',
    // Typed with tags on purpose: comments are plain text, so this shows as written, never as bold.
    content: 'Xin hỏi <b>thuốc hạ sốt</b> nào dùng được cho trẻ 3 tuổi? Nhà tôi đang có sẵn siro paracetamol.',
    status: 'pending',
  },
  {
    key: 'sk-spam',
    article: DENGUE,
    authorName: 'Thuốc Nam Gia Truyền',
    authorEmail: 'thuocnam.giatruyen@example.vn',
    content: 'Chữa dứt điểm sốt xuất huyết trong 3 ngày bằng bài thuốc gia truyền, khỏi phải đi viện! Đặt mua tại www.thuocnam-giatruyen.example.com',
    status: 'spam',
  },
  {
    key: 'fc-cong',
    article: FOOTBALL,
    authorName: 'Nguyễn Thành Công',
    authorEmail: 'nguyenthanhcong@example.vn',
    content: 'Xem trực tiếp trên sân mà hồi hộp tới phút chót. Chúc mừng đội nhà! Lên hạng Nhất rồi thì phải gia cố hàng thủ nhiều hơn.',
    status: 'approved',
  },
  {
    key: 'fc-tuan',
    article: FOOTBALL,
    parent: 'fc-cong',
    authorName: 'Hồ Anh Tuấn',
    authorEmail: 'hoanhtuan@example.vn',
    content: 'Đồng ý, bàn gỡ 2-2 đến từ quả phạt góc là do bọc lót chưa tốt. Nhưng phải công nhận hôm nay Y Đức Êban chơi quá hay.',
    status: 'approved',
  },
  {
    key: 'fc-accuse',
    article: FOOTBALL,
    authorName: 'Khán giả khó tính',
    authorEmail: 'khangiakhotinh@example.vn',
    content: 'Dàn xếp cả rồi, đá đấm gì nữa, cả giải này mua bán kết quả hết!',
    status: 'rejected',
  },
  {
    key: 'fc-ve',
    article: FOOTBALL,
    authorName: 'Lý Gia Bảo',
    authorEmail: 'lygiabao@example.vn',
    content: 'Mọi người cho hỏi bao giờ câu lạc bộ mở bán vé cả mùa giải mới vậy?',
    status: 'pending',
  },
];
