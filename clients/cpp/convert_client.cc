// A C++ client of dicomproto.v1.DicomService: sends a DICOM file to Convert, then
// prints every field of the returned message that carries (dicomproto.v1.attribute),
// with the tag and VR read from the descriptors' options.
//
// Only options.proto, dataset.proto and service.proto are compiled to C++; the
// returned message type (an IOD message, e.g. dicomproto.v1.CtImageIod) is read
// through a descriptor set (protoc --descriptor_set_out --include_imports) with
// DynamicMessage, so the client needs no code generated for the schema's IODs.
//
//   convert_client --address HOST:PORT --descriptors SET.pb [--token TOKEN]
//                  [--tls-ca CA.pem] [--generic] FILE
//
// One line per attribute field, depth first in field number order:
//   <path> (gggg,eeee) <VR> <value>
// where <value> shows the set fields of the attribute's message that are not
// attributes themselves (those get lines of their own).

#include <cinttypes>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include <google/protobuf/any.pb.h>
#include <google/protobuf/descriptor.h>
#include <google/protobuf/descriptor.pb.h>
#include <google/protobuf/dynamic_message.h>
#include <grpcpp/grpcpp.h>

#include "dicomproto/v1/options.pb.h"
#include "dicomproto/v1/service.grpc.pb.h"

namespace pb = google::protobuf;

namespace {

constexpr size_t kChunk = 1 << 20;
constexpr char kTypeUrlPrefix[] = "type.googleapis.com/";

struct Args {
  std::string address, descriptors, token, tls_ca, file;
  bool generic = false;
};

bool ReadFile(const std::string& path, std::string* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream buffer;
  buffer << in.rdbuf();
  *out = buffer.str();
  return true;
}

// Non-printable bytes and the quote as \xHH, like the Python side of the tests.
std::string Escape(const std::string& text) {
  std::string out = "\"";
  char hex[8];
  for (unsigned char c : text) {
    if (c < 0x20 || c >= 0x7f || c == '"' || c == '\\') {
      std::snprintf(hex, sizeof hex, "\\x%02x", c);
      out += hex;
    } else {
      out += static_cast<char>(c);
    }
  }
  return out + "\"";
}

std::string Bytes(const std::string& data) {
  std::string out = "<" + std::to_string(data.size()) + " bytes";
  char hex[4];
  for (size_t i = 0; i < data.size() && i < 8; ++i) {
    std::snprintf(hex, sizeof hex, i ? "%02x" : " %02x", static_cast<unsigned char>(data[i]));
    out += hex;
  }
  return out + ">";
}

std::string Real(double value, int digits) {
  char text[64];
  std::snprintf(text, sizeof text, "%.*g", digits, value);
  return text;
}

bool IsAttribute(const pb::FieldDescriptor* field) {
  return field->options().HasExtension(dicomproto::v1::attribute);
}

std::string Dump(const pb::Message& message);

std::string Scalar(const pb::Message& m, const pb::FieldDescriptor* f, int i) {
  const pb::Reflection* r = m.GetReflection();
  bool rep = f->is_repeated();
  switch (f->cpp_type()) {
    case pb::FieldDescriptor::CPPTYPE_INT32:
      return std::to_string(rep ? r->GetRepeatedInt32(m, f, i) : r->GetInt32(m, f));
    case pb::FieldDescriptor::CPPTYPE_INT64:
      return std::to_string(rep ? r->GetRepeatedInt64(m, f, i) : r->GetInt64(m, f));
    case pb::FieldDescriptor::CPPTYPE_UINT32:
      return std::to_string(rep ? r->GetRepeatedUInt32(m, f, i) : r->GetUInt32(m, f));
    case pb::FieldDescriptor::CPPTYPE_UINT64:
      return std::to_string(rep ? r->GetRepeatedUInt64(m, f, i) : r->GetUInt64(m, f));
    case pb::FieldDescriptor::CPPTYPE_DOUBLE:
      return Real(rep ? r->GetRepeatedDouble(m, f, i) : r->GetDouble(m, f), 17);
    case pb::FieldDescriptor::CPPTYPE_FLOAT:
      return Real(rep ? r->GetRepeatedFloat(m, f, i) : r->GetFloat(m, f), 9);
    case pb::FieldDescriptor::CPPTYPE_BOOL:
      return (rep ? r->GetRepeatedBool(m, f, i) : r->GetBool(m, f)) ? "true" : "false";
    case pb::FieldDescriptor::CPPTYPE_ENUM:
      return std::to_string(rep ? r->GetRepeatedEnumValue(m, f, i) : r->GetEnumValue(m, f));
    case pb::FieldDescriptor::CPPTYPE_STRING: {
      std::string value = rep ? r->GetRepeatedString(m, f, i) : r->GetString(m, f);
      return f->type() == pb::FieldDescriptor::TYPE_BYTES ? Bytes(value) : Escape(value);
    }
    case pb::FieldDescriptor::CPPTYPE_MESSAGE:
      return Dump(rep ? r->GetRepeatedMessage(m, f, i) : r->GetMessage(m, f));
  }
  return "?";
}

// The set fields of a message that are not attributes: name=value, space separated.
std::string Dump(const pb::Message& message) {
  std::vector<const pb::FieldDescriptor*> fields;
  message.GetReflection()->ListFields(message, &fields);
  std::string out = "{";
  for (const pb::FieldDescriptor* f : fields) {
    if (IsAttribute(f)) continue;
    if (out.size() > 1) out += " ";
    out += f->name() + "=";
    if (f->is_repeated()) {
      int n = message.GetReflection()->FieldSize(message, f);
      out += "[";
      for (int i = 0; i < n; ++i) out += (i ? "," : "") + Scalar(message, f, i);
      out += "]";
    } else {
      out += Scalar(message, f, 0);
    }
  }
  return out + "}";
}

void Walk(const pb::Message& message, const std::string& prefix) {
  const pb::Reflection* r = message.GetReflection();
  std::vector<const pb::FieldDescriptor*> fields;
  r->ListFields(message, &fields);
  for (const pb::FieldDescriptor* f : fields) {
    if (f->cpp_type() != pb::FieldDescriptor::CPPTYPE_MESSAGE) continue;
    int n = f->is_repeated() ? r->FieldSize(message, f) : 1;
    for (int i = 0; i < n; ++i) {
      const pb::Message& sub = f->is_repeated() ? r->GetRepeatedMessage(message, f, i)
                                                : r->GetMessage(message, f);
      std::string path = prefix + f->name();
      if (f->is_repeated()) path += "[" + std::to_string(i) + "]";
      if (IsAttribute(f)) {
        const auto& attribute = f->options().GetExtension(dicomproto::v1::attribute);
        char tag[16];
        std::snprintf(tag, sizeof tag, "(%04X,%04X)", attribute.tag() >> 16,
                      attribute.tag() & 0xFFFF);
        std::cout << path << " " << tag << " " << attribute.vr() << " " << Dump(sub) << "\n";
      }
      Walk(sub, path + ".");
    }
  }
}

int Usage() {
  std::cerr << "usage: convert_client --address HOST:PORT --descriptors SET.pb"
               " [--token TOKEN] [--tls-ca CA.pem] [--generic] FILE\n";
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  Args args;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    auto value = [&](std::string* out) {
      if (i + 1 >= argc) return false;
      *out = argv[++i];
      return true;
    };
    if (arg == "--address") {
      if (!value(&args.address)) return Usage();
    } else if (arg == "--descriptors") {
      if (!value(&args.descriptors)) return Usage();
    } else if (arg == "--token") {
      if (!value(&args.token)) return Usage();
    } else if (arg == "--tls-ca") {
      if (!value(&args.tls_ca)) return Usage();
    } else if (arg == "--generic") {
      args.generic = true;
    } else if (!arg.empty() && arg[0] != '-' && args.file.empty()) {
      args.file = arg;
    } else {
      return Usage();
    }
  }
  if (args.address.empty() || args.descriptors.empty() || args.file.empty()) return Usage();

  std::string data, set_bytes;
  if (!ReadFile(args.file, &data)) {
    std::cerr << "convert_client: error: " << args.file << ": cannot read\n";
    return 1;
  }
  pb::FileDescriptorSet set;
  if (!ReadFile(args.descriptors, &set_bytes) || !set.ParseFromString(set_bytes)) {
    std::cerr << "convert_client: error: " << args.descriptors << ": not a descriptor set\n";
    return 1;
  }
  // Files compiled into this program (options, dataset, descriptor.proto, any.proto)
  // come from the generated pool underneath, so their options and types are shared.
  pb::DescriptorPool pool(pb::DescriptorPool::generated_pool());
  for (const pb::FileDescriptorProto& file : set.file()) {
    if (pb::DescriptorPool::generated_pool()->FindFileByName(file.name())) continue;
    if (!pool.BuildFile(file)) {
      std::cerr << "convert_client: error: " << file.name() << ": not a usable descriptor\n";
      return 1;
    }
  }

  std::shared_ptr<grpc::ChannelCredentials> credentials = grpc::InsecureChannelCredentials();
  if (!args.tls_ca.empty()) {
    grpc::SslCredentialsOptions tls;
    if (!ReadFile(args.tls_ca, &tls.pem_root_certs)) {
      std::cerr << "convert_client: error: " << args.tls_ca << ": cannot read\n";
      return 1;
    }
    credentials = grpc::SslCredentials(tls);
  }
  grpc::ChannelArguments channel_args;
  channel_args.SetMaxReceiveMessageSize(-1);
  auto channel = grpc::CreateCustomChannel(args.address, credentials, channel_args);
  auto stub = dicomproto::v1::DicomService::NewStub(channel);

  grpc::ClientContext context;
  if (!args.token.empty()) context.AddMetadata("authorization", "Bearer " + args.token);
  dicomproto::v1::ConvertResponse response;
  auto writer = stub->Convert(&context, &response);
  for (size_t start = 0; start < data.size() || start == 0; start += kChunk) {
    dicomproto::v1::ConvertRequest request;
    if (start == 0) {
      request.set_name(args.file);
      request.set_generic(args.generic);
    }
    request.set_chunk(data.substr(start, kChunk));
    if (!writer->Write(request)) break;
    if (data.empty()) break;
  }
  writer->WritesDone();
  grpc::Status status = writer->Finish();
  if (!status.ok()) {
    std::cerr << "convert_client: error: " << status.error_code() << ": "
              << status.error_message() << "\n";
    return 1;
  }

  const std::string& url = response.message().type_url();
  if (url.rfind(kTypeUrlPrefix, 0) != 0) {
    std::cerr << "convert_client: error: unexpected type URL " << url << "\n";
    return 1;
  }
  std::string type_name = url.substr(sizeof kTypeUrlPrefix - 1);
  const pb::Descriptor* type = pool.FindMessageTypeByName(type_name);
  if (type == nullptr) {
    std::cerr << "convert_client: error: " << type_name << " is not in " << args.descriptors
              << "\n";
    return 1;
  }
  pb::DynamicMessageFactory factory(&pool);
  factory.SetDelegateToGeneratedFactory(true);
  std::unique_ptr<pb::Message> message(factory.GetPrototype(type)->New());
  if (!message->ParseFromString(response.message().value())) {
    std::cerr << "convert_client: error: the " << type_name << " message does not parse\n";
    return 1;
  }
  std::cout << "# " << type_name << "\n";
  Walk(*message, "");
  return 0;
}
